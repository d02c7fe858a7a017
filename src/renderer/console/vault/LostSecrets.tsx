import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { VaultStatus } from '../../../common/vault';
import { ConfirmDialog } from '../ConfirmDialog';
import { Notice } from '../Notice';
import { errorMessage, useConsole } from '../session';
import { VaultSetup } from './VaultSetup';
import { useVault } from './vault-state';

/**
 * When both secrets are lost: say plainly that those sign-ups can never be opened, offer a new key
 * for new sign-ups, and offer to destroy the rows sealed to older keys.
 */
export function LostSecrets({ status }: { status: VaultStatus }) {
  const { t } = useTranslation();
  const { call } = useConsole();
  const { refresh } = useVault();
  const [asking, setAsking] = useState(false);
  const [replacing, setReplacing] = useState(false);
  const [destroying, setDestroying] = useState<{ keyId: string; rows: number } | null>(null);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const current = status.keys.find((k) => k.active);
  const older = status.keys.filter((k) => !k.active && k.rows > 0);

  const destroy = async (target: { keyId: string; rows: number }) => {
    try {
      const { deleted } = await call('vault.destroySealed', { keyId: target.keyId, confirmCount: target.rows });
      setMessage({ kind: 'ok', text: t('console.vault.lost.destroyed', { count: deleted }) });
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    } finally {
      setDestroying(null);
      await refresh();
    }
  };

  if (replacing) {
    return (
      <VaultSetup
        replaceLostKey
        onDone={(text) => {
          setReplacing(false);
          setMessage({ kind: 'ok', text });
        }}
      />
    );
  }
  return (
    <section className="panel" aria-labelledby="lost-heading" data-testid="vault-lost">
      <h3 id="lost-heading">{t('console.vault.lost.heading')}</h3>
      <p>{t('console.vault.lost.text')}</p>
      {message && <Notice kind={message.kind}>{message.text}</Notice>}
      <div className="actions">
        <button type="button" className="button button--outline" onClick={() => setAsking(true)} data-testid="vault-new-key">
          {t('console.vault.lost.newKey')}
        </button>
        {older.map((key) => (
          <button key={key.keyId} type="button" className="button button--outline" onClick={() => setDestroying(key)} data-testid={`vault-destroy-${key.keyId}`}>
            {t('console.vault.lost.destroy', { count: key.rows })}
          </button>
        ))}
      </div>
      {asking && (
        <ConfirmDialog
          title={t('console.vault.lost.confirmTitle')}
          confirmLabel={t('console.vault.lost.confirmYes')}
          onConfirm={() => {
            setAsking(false);
            setReplacing(true);
          }}
          onCancel={() => setAsking(false)}
          testId="confirm-new-key"
        >
          <p>{t('console.vault.lost.confirmText', { count: current?.rows ?? 0 })}</p>
        </ConfirmDialog>
      )}
      {destroying && (
        <ConfirmDialog
          title={t('console.vault.lost.destroyTitle', { count: destroying.rows })}
          confirmLabel={t('console.vault.lost.destroyYes')}
          onConfirm={() => void destroy(destroying)}
          onCancel={() => setDestroying(null)}
          testId="confirm-destroy"
        >
          <p>{t('console.vault.lost.destroyText', { keyId: destroying.keyId })}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
