import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useCountdown } from '../state/idle';
import './idle-warning.css';

export const WARNING_SECONDS = 15;

/** Marks what the idle warning must never cover: the number a visitor is calling. */
export const KEEP_IN_VIEW = 'data-idle-keep';

/** Scrolls so every element marked KEEP_IN_VIEW sits between the top bar and the warning bar. */
function keepInView(bar: HTMLElement): void {
  const kept = [...document.querySelectorAll<HTMLElement>(`[${KEEP_IN_VIEW}]`)];
  if (kept.length === 0) return;
  const top = Math.min(...kept.map((e) => e.getBoundingClientRect().top));
  const bottom = Math.max(...kept.map((e) => e.getBoundingClientRect().bottom));
  const topbar = document.querySelector('.topbar')?.getBoundingClientRect().bottom ?? 0;
  const limit = bar.getBoundingClientRect().top - 16;
  if (bottom > limit) window.scrollBy({ top: Math.min(bottom - limit, top - topbar - 16), behavior: 'instant' });
  else if (top < topbar) window.scrollBy({ top: top - topbar - 16, behavior: 'instant' });
}

/**
 * "Are you still there?": a visible countdown before everything typed is cleared. Over the whole
 * screen, except during a call (`docked`): then a bar at the bottom edge, and the number being
 * called stays in view above it.
 */
export function IdleWarning({ onStay, onReset, docked = false }: { onStay(): void; onReset(): void; docked?: boolean }) {
  const { t } = useTranslation();
  const left = useCountdown(WARNING_SECONDS, onReset);
  const stay = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    stay.current?.focus({ preventScroll: true });
    if (docked && box.current) keepInView(box.current);
  }, [docked]);
  const body = (
    <div className={docked ? 'idle-bar' : 'dialog'} ref={box}>
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
  );
  return (
    <div
      className={docked ? 'idle-dock' : 'overlay'}
      role="alertdialog"
      aria-modal={docked ? 'false' : 'true'}
      aria-labelledby="idle-title"
      aria-describedby="idle-text"
      data-testid="idle-warning"
      data-docked={docked || undefined}
    >
      {body}
    </div>
  );
}
