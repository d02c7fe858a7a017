import type { ReactNode } from 'react';

/** The outcome of an action: errors interrupt (alert), everything else is announced politely. */
export function Notice({ kind, children, testId }: { kind: 'ok' | 'warning' | 'error'; children: ReactNode; testId?: string }) {
  return (
    <div className={`banner banner--${kind}`} role={kind === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {children}
    </div>
  );
}
