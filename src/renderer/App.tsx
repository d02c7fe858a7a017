import { useTranslation } from 'react-i18next';
import { DirectoryScreen } from './screens/DirectoryScreen';
import { KioskProvider, useKioskData } from './state/kiosk';

export function App() {
  const { t } = useTranslation();
  const { load, retry } = useKioskData();
  if (load.status === 'loading') return <p className="status">{t('app.loading')}</p>;
  if (load.status === 'failed') {
    return (
      <div className="status" role="alert">
        <p>{t('app.loadFailed')}</p>
        <button type="button" className="button" onClick={retry}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  return (
    <KioskProvider content={load.content} event={load.event}>
      <DirectoryScreen />
    </KioskProvider>
  );
}
