import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { ConfirmDialog } from '../ConfirmDialog';
import { Notice } from '../Notice';
import { errorMessage, useConsole } from '../session';
import { RecoveryCode } from './RecoveryCode';
import { useVault } from './vault-state';

/** The same passphrase however it was typed (core compares the same way: vault/wrap.ts). */
const same = (a: string, b: string) => a.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase() === b.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

type Step = { name: 'choose' } | { name: 'confirm'; passphrase: string } | { name: 'code'; code: string; keyId: string };

/**
 * Making the data key, in three steps: a proposed passphrase (or the steward's own), typed back
 * once from paper (ODK Central's users lost data to a passphrase mistyped once), then the
 * recovery code with its sheet to print. `replaceLostKey` starts over when both secrets are lost.
 */
export function VaultSetup({ replaceLostKey = false, onDone }: { replaceLostKey?: boolean; onDone(message: string): void }) {
  const { t } = useTranslation();
  const { call } = useConsole();
  const { refresh } = useVault();
  const [step, setStep] = useState<Step>({ name: 'choose' });
  const [proposed, setProposed] = useState('');
  const [own, setOwn] = useState<string | null>(null);
  const [again, setAgain] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [askOff, setAskOff] = useState(false);

  const propose = useCallback(() => {
    call('vault.generatePassphrase', {})
      .then(({ passphrase }) => setProposed(passphrase))
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [call]);
  useEffect(propose, [propose]);

  const make = async (passphrase: string) => {
    if (!same(passphrase, again)) {
      setError(t('console.vault.setup.mismatch'));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const created = await call('vault.create', replaceLostKey ? { passphrase, replaceLostKey: true } : { passphrase });
      setStep({ name: 'code', code: created.recoveryCode, keyId: created.keyId });
      await refresh();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const turnOff = async () => {
    try {
      await call('vault.sealingOff', { confirm: true });
      setAskOff(false);
      await refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  };

  if (step.name === 'code') {
    return (
      <RecoveryCode
        code={step.code}
        keyId={step.keyId}
        onDone={() => onDone(t('console.vault.setup.created'))}
      />
    );
  }
  if (step.name === 'confirm') {
    return (
      <section className="panel" aria-labelledby="confirm-heading" data-testid="vault-setup-confirm">
        <p className="vault-step">{t('console.vault.setup.stepOf', { step: 2 })}</p>
        <h3 id="confirm-heading">{t('console.vault.setup.confirmHeading')}</h3>
        <p>{t('console.vault.setup.confirmText')}</p>
        <TextField label={t('console.vault.setup.confirmField')} value={again} onChange={setAgain} layout="prose" maxLength={200} error={error ?? undefined} testId="vault-passphrase-again" />
        {busy && <p role="status">{t('console.vault.setup.making')}</p>}
        <div className="actions">
          <button type="button" className="button button--outline" onClick={() => setStep({ name: 'choose' })} disabled={busy}>
            {t('console.vault.setup.back')}
          </button>
          <button type="button" className="button button--large" onClick={() => void make(step.passphrase)} disabled={busy || !again.trim()} data-testid="vault-make">
            {t('console.vault.setup.makeKey')}
          </button>
        </div>
      </section>
    );
  }
  const chosen = own ?? proposed;
  return (
    <section className="panel" aria-labelledby="choose-heading" data-testid="vault-setup">
      <p className="vault-step">{t('console.vault.setup.stepOf', { step: 1 })}</p>
      <h3 id="choose-heading">{t('console.vault.setup.passphraseHeading')}</h3>
      <p>{t('console.vault.setup.passphraseText')}</p>
      {own === null ? (
        <>
          <p className="vault-code__label">{t('console.vault.setup.proposed')}</p>
          <p className="vault-code vault-code--words" data-testid="vault-proposed">
            {proposed}
          </p>
          <div className="actions">
            <button type="button" className="button button--outline" onClick={propose} data-testid="vault-another">
              {t('console.vault.setup.another')}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setOwn('')} data-testid="vault-use-own">
              {t('console.vault.setup.useOwn')}
            </button>
          </div>
        </>
      ) : (
        <>
          <TextField label={t('console.vault.setup.own')} hint={t('console.vault.setup.ownHint')} value={own} onChange={setOwn} layout="prose" maxLength={200} testId="vault-own" />
          <button type="button" className="button button--quiet" onClick={() => setOwn(null)}>
            {t('console.vault.setup.useProposed')}
          </button>
        </>
      )}
      {error && <Notice kind="error">{error}</Notice>}
      <div className="actions">
        <button
          type="button"
          className="button button--large"
          disabled={chosen.trim().length < 16}
          onClick={() => {
            setAgain('');
            setError(null);
            setStep({ name: 'confirm', passphrase: chosen });
          }}
          data-testid="vault-next"
        >
          {t('console.vault.setup.next')}
        </button>
      </div>
      {!replaceLostKey && (
        <div className="vault-off">
          <button type="button" className="button button--quiet" onClick={() => setAskOff(true)} data-testid="vault-off">
            {t('console.vault.setup.offButton')}
          </button>
        </div>
      )}
      {askOff && (
        <ConfirmDialog title={t('console.vault.setup.offHeading')} confirmLabel={t('console.vault.setup.offYes')} onConfirm={() => void turnOff()} onCancel={() => setAskOff(false)} testId="confirm-sealing-off">
          <p>{t('console.vault.setup.offText')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
