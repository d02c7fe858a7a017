import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The outcome of an action: errors interrupt (alert), everything else is announced politely. It
 * scrolls into view when it appears, since the button that caused it may be far down the page.
 */
export function Notice({ kind, children, testId }: { kind: 'ok' | 'warning' | 'error'; children: ReactNode; testId?: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // A statement, not the arrow's value: newer Chromium returns a promise here, and React would
    // take it for the effect's cleanup.
    void ref.current?.scrollIntoView({ block: 'nearest', behavior: 'instant' });
  }, []);
  return (
    <div ref={ref} className={`banner banner--${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {children}
    </div>
  );
}
