import { useTranslation } from 'react-i18next';
import { useVault } from '../vault/vault-state';
import { KioskSync } from './KioskSync';
import { StewardSync } from './StewardSync';

/**
 * Several kiosks, one list. The steward's computer (it holds a data key it can open) hands out the
 * kit and gathers; any other computer is a kiosk that joins and sends.
 */
export function SyncPanel() {
  const { t } = useTranslation();
  const { status } = useVault();
  const steward = status !== null && status.state !== 'none' && status.canUnlock;
  return (
    <section aria-labelledby="sync-heading" data-testid="sync-panel">
      <h2 id="sync-heading">{t('console.sync.heading')}</h2>
      <p>{t('console.sync.intro')}</p>
      {steward ? <StewardSync /> : <KioskSync />}
    </section>
  );
}
