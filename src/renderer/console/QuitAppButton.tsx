import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from './ConfirmDialog';
import { errorMessage, useConsole } from './session';

/**
 * Closing the desktop kiosk: kiosk mode has no other way out, so it sits behind the PIN. Shown
 * only in Electron (the browser host is stopped where it was started).
 */
export function QuitAppButton() {
  const { t } = useTranslation();
  const { call } = useConsole();
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!window.takApi) return null;
  return (
    <>
      <button type="button" className="button button--outline" onClick={() => setAsking(true)} data-testid="quit-app">
        {t('console.quit.button')}
      </button>
      {asking && (
        <ConfirmDialog
          title={t('console.quit.title')}
          confirmLabel={t('console.quit.confirm')}
          onCancel={() => setAsking(false)}
          onConfirm={() => void call('app.quit', {}).catch((e: unknown) => setError(errorMessage(e)))}
        >
          <p>{t('console.quit.text')}</p>
          {error && <p className="form-error">{error}</p>}
        </ConfirmDialog>
      )}
    </>
  );
}
