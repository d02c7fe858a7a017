import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dateTime } from '../format';
import { Notice } from '../Notice';
import { useOpenTab } from '../console-nav';
import { useConsole } from '../session';
import { LostSecrets } from './LostSecrets';
import { OpeningProgress, UnlockForm } from './UnlockForm';
import { VaultSetup } from './VaultSetup';
import { useVault } from './vault-state';
import './vault.css';

/** The data key: make it, unlock and lock it, see its keys, and what to do if secrets are lost. */
export function VaultPanel() {
  const { t, i18n } = useTranslation();
  const { call } = useConsole();
  const { status, refresh } = useVault();
  const [done, setDone] = useState<string | null>(null);
  // Kept open from the first step to "Done": once the key exists the status says so at once, but
  // the recovery code must stay on screen until the steward has kept it.
  const [settingUp, setSettingUp] = useState(status?.state === 'none');
  const openTab = useOpenTab();
  if (!status) return null;
  const lock = async () => {
    await call('vault.lock', {});
    await refresh();
  };
  return (
    <section aria-labelledby="vault-heading" data-testid="vault-panel">
      <h2 id="vault-heading">{t('console.vault.heading')}</h2>
      <p>{t('console.vault.intro')}</p>
      {done && (
        <>
          <Notice kind="ok">{done}</Notice>
          <button type="button" className="button button--large" onClick={() => openTab('guide')} data-testid="vault-go-guide">
            {t('console.vault.next')}
          </button>
        </>
      )}
      <p className={`vault-state vault-state--${status.state}`} data-testid="vault-state">
        {t(`console.vault.states.${status.state}`)}
        <span className="vault-state__counts"> · {t('console.vault.counts', { sealed: status.sealed, plain: status.plain })}</span>
      </p>
      {status.sealingOff && <Notice kind="warning">{t('console.vault.sealingOffNote')}</Notice>}
      {(settingUp || status.state === 'none') && (
        <VaultSetup
          onDone={(message) => {
            setSettingUp(false);
            setDone(message);
          }}
        />
      )}
      {!settingUp && status.state === 'locked' && <UnlockForm />}
      {!settingUp && status.state === 'unlocked' && (
        <>
          <OpeningProgress />
          {status.unopened ? <Notice kind="warning">{t('console.vault.keys.unopened', { count: status.unopened })}</Notice> : null}
          <button type="button" className="button button--outline" onClick={() => void lock()} data-testid="vault-lock">
            {t('console.vault.unlock.lock')}
          </button>
        </>
      )}
      {status.keys.length > 0 && (
        <section className="panel" aria-labelledby="keys-heading">
          <h3 id="keys-heading">{t('console.vault.keys.heading')}</h3>
          <ul data-testid="vault-keys">
            {status.keys.map((key) => (
              <li key={key.keyId}>
                {t('console.vault.keys.row', {
                  keyId: key.keyId,
                  date: dateTime(key.createdAt, i18n.language),
                  count: key.rows,
                  which: key.active ? t('console.vault.keys.current') : t('console.vault.keys.older'),
                })}
              </li>
            ))}
          </ul>
        </section>
      )}
      {!settingUp && status.state !== 'none' && status.canUnlock && <LostSecrets status={status} />}
    </section>
  );
}
