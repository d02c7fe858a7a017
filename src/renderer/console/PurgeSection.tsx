import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';
import { Notice } from './Notice';
import { errorMessage, useConsole } from './session';

/**
 * Delete every sign-up, after the event and the export. Folded at the bottom of the list, so it
 * never dominates the screen (it was the largest thing an organizer saw first). The dialog states
 * the count it will delete, and core deletes only if that is still the count: a sign-up made
 * meanwhile is kept.
 */
export function PurgeSection({ onPurged }: { onPurged(deleted: number): void }) {
  const { t } = useTranslation();
  const { call } = useConsole();
  const [count, setCount] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ask = async () => {
    setError(null);
    try {
      const { total } = await call('signups.count', {});
      if (total === 0) setError(t('console.purge.nothing'));
      else setCount(total);
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  const purge = async (confirmCount: number) => {
    setBusy(true);
    try {
      const { deleted } = await call('signups.purge', { confirmCount });
      onPurged(deleted);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
      setCount(null);
    }
  };
  return (
    <details className="danger-zone" data-testid="purge-section">
      <summary data-testid="purge-open">{t('console.purge.heading')}</summary>
      <p>{t('console.purge.text')}</p>
      {error && <Notice kind="error">{error}</Notice>}
      <button type="button" className="button button--outline button--danger-outline" onClick={() => void ask()} data-testid="purge">
        {t('console.purge.button')}
      </button>
      {count !== null && (
        <ConfirmDialog
          title={t('console.purge.confirmTitle', { count })}
          confirmLabel={t('console.purge.confirmYes', { count })}
          onConfirm={() => void purge(count)}
          onCancel={() => setCount(null)}
          busy={busy}
          testId="confirm-purge"
        >
          <p>{t('console.purge.confirmText')}</p>
        </ConfirmDialog>
      )}
    </details>
  );
}
