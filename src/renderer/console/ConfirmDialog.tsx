import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';

/** A quick double tap on the button that opened the dialog must not also confirm it. */
const ARM_AFTER_MS = 700;

/**
 * A modal question before something that cannot be undone: the rest of the console is inert while
 * it is open, Cancel has the focus, and the confirm button only answers a deliberate second tap.
 */
export function ConfirmDialog(props: {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm(): void;
  onCancel(): void;
  busy?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { title, children, confirmLabel, onConfirm, onCancel, busy = false, testId = 'confirm' } = props;
  const id = useId();
  const cancel = useRef<HTMLButtonElement>(null);
  const [armed, setArmed] = useState(false);
  useEffect(() => {
    const root = document.getElementById('root');
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    root?.setAttribute('inert', '');
    cancel.current?.focus();
    const timer = window.setTimeout(() => setArmed(true), ARM_AFTER_MS);
    return () => {
      window.clearTimeout(timer);
      root?.removeAttribute('inert');
      opener?.focus();
    };
  }, []);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => event.key === 'Escape' && !busy && onCancel();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [busy, onCancel]);
  return createPortal(
    <div className="overlay">
      <div className="dialog dialog--confirm" role="alertdialog" aria-modal="true" aria-labelledby={`${id}-title`} aria-describedby={`${id}-body`} data-testid={testId}>
        <h2 id={`${id}-title`}>{title}</h2>
        <div id={`${id}-body`} className="dialog__body">
          {children}
        </div>
        <div className="dialog__actions">
          <button ref={cancel} type="button" className="button button--large button--outline" onClick={onCancel} disabled={busy} data-testid={`${testId}-cancel`}>
            {t('console.cancel')}
          </button>
          <button type="button" className="button button--large button--danger" onClick={onConfirm} disabled={!armed || busy} data-testid={`${testId}-yes`}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>,
    document.body,
  );
}
