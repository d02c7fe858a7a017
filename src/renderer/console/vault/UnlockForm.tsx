import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { Notice } from '../Notice';
import { errorMessage, useConsole } from '../session';
import { useVault } from './vault-state';

/**
 * The data steward's passphrase (or the recovery code) to read people. Masked by default, since
 * the console may stand in public; "Show" helps whoever types a long passphrase on a touch screen.
 */
export function UnlockForm() {
  const { t } = useTranslation();
  const { call } = useConsole();
  const { status, refresh } = useVault();
  const [withCode, setWithCode] = useState(false);
  const [secret, setSecret] = useState('');
  const [visible, setVisible] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (status && !status.canUnlock) return <Notice kind="warning">{t('console.vault.unlock.cannot')}</Notice>;

  const unlock = async () => {
    setBusy(true);
    setError(null);
    try {
      await call('vault.unlock', withCode ? { recoveryCode: secret } : { passphrase: secret });
      setSecret('');
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
      await refresh();
    }
  };
  const switchSecret = () => {
    setWithCode((on) => !on);
    setSecret('');
    setError(null);
  };
  return (
    <form
      className="panel vault-unlock"
      aria-labelledby="unlock-heading"
      onSubmit={(e) => {
        e.preventDefault();
        if (secret.trim() && !busy) void unlock();
      }}
      data-testid="vault-unlock"
    >
      <h3 id="unlock-heading">{t('console.vault.unlock.heading')}</h3>
      <p>{t('console.vault.unlock.text')}</p>
      <TextField
        label={withCode ? t('console.vault.unlock.code') : t('console.vault.unlock.passphrase')}
        value={secret}
        onChange={setSecret}
        layout="prose"
        maxLength={200}
        type={visible ? 'text' : 'password'}
        error={error ?? undefined}
        testId="vault-secret"
      />
      <div className="actions">
        <button type="submit" className="button button--large" disabled={busy || !secret.trim()} data-testid="vault-unlock-button">
          {busy ? t('console.vault.unlock.working') : t('console.vault.unlock.button')}
        </button>
        <button type="button" className="button button--outline" onClick={() => setVisible((v) => !v)} aria-pressed={visible} data-testid="vault-show">
          {visible ? t('console.vault.unlock.hide') : t('console.vault.unlock.show')}
        </button>
        <button type="button" className="button button--outline" onClick={switchSecret} data-testid="vault-use-code">
          {withCode ? t('console.vault.unlock.usePassphrase') : t('console.vault.unlock.useCode')}
        </button>
      </div>
    </form>
  );
}

/** "Opening sign-ups: 41,000 of 100,000", as a progress bar, while an unlock opens sealed rows. */
export function OpeningProgress() {
  const { t, i18n } = useTranslation();
  const { status } = useVault();
  if (!status?.opening) return null;
  const { done, total } = status.opening;
  const n = (v: number) => v.toLocaleString(i18n.language);
  return (
    <div className="vault-opening" data-testid="vault-opening">
      <label>
        {t('console.vault.unlock.opening', { done: n(done), total: n(total) })}
        <progress max={total} value={done} />
      </label>
    </div>
  );
}

/** Wraps what reads people: while the data key is locked, the unlock form stands in its place. */
export function SealedGate({ children }: { children: React.ReactNode }) {
  const { t } = useTranslation();
  const { sealed } = useVault();
  if (!sealed) {
    return (
      <>
        <OpeningProgress />
        {children}
      </>
    );
  }
  return (
    <div data-testid="vault-gate">
      <Notice kind="warning">{t('console.vault.gate')}</Notice>
      <UnlockForm />
    </div>
  );
}
