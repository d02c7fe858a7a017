import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountdown } from '../state/idle';

export const WARNING_SECONDS = 15;

/** "Are you still there?": a visible countdown before everything typed is cleared. */
export function IdleWarning({ onStay, onReset }: { onStay(): void; onReset(): void }) {
  const { t } = useTranslation();
  const left = useCountdown(WARNING_SECONDS, onReset);
  const stay = useRef<HTMLButtonElement>(null);
  useEffect(() => stay.current?.focus(), []);
  return (
    <div className="overlay" role="alertdialog" aria-modal="true" aria-labelledby="idle-title" aria-describedby="idle-text" data-testid="idle-warning">
      <div className="dialog">
        <h2 id="idle-title">{t('idle.heading')}</h2>
        <p id="idle-text">{t('idle.text', { count: left })}</p>
        <div className="dialog__actions">
          <button ref={stay} type="button" className="button button--large" onClick={onStay} data-testid="still-here">
            {t('idle.stay')}
          </button>
          <button type="button" className="button button--large button--outline" onClick={onReset} data-testid="start-over">
            {t('idle.startOver')}
          </button>
        </div>
      </div>
    </div>
  );
}
