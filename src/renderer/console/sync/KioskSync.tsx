import { useCallback, useState } from 'react';
import { usePolled } from '../polled';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';
import { useKiosk } from '../../state/kiosk';
import { FilePicker } from '../FilePicker';
import { base64ToBytes, readBase64, saveFile } from '../files';
import { dateTime } from '../format';
import { Notice } from '../Notice';
import { errorMessage, useConsole } from '../session';
import { useVault } from '../vault/vault-state';

const POLL_MS = 3_000;

/** A kiosk: join the event (kit file or network), see what is still to send, save a bundle. */
export function KioskSync() {
  const { t, i18n } = useTranslation();
  const { call } = useConsole();
  const read = useCallback(() => call('sync.status', {}), [call]);
  const [status, setStatus] = usePolled(read, POLL_MS);
  const { reload } = useKiosk();
  const { refresh } = useVault();
  const [address, setAddress] = useState('');
  const [code, setCode] = useState('');
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);


  const act = async (run: () => Promise<string>) => {
    setMessage(null);
    try {
      setMessage({ kind: 'ok', text: await run() });
      setStatus(await call('sync.status', {}));
    } catch (e) {
      setMessage({ kind: 'error', text: errorMessage(e) });
    }
  };
  const joined = async (result: { keyId: string }) => {
    // New content and settings: the kiosk shows them at once.
    await Promise.all([reload(), refresh()]);
    return t('console.sync.kiosk.joined', { keyId: result.keyId });
  };
  const joinWithFile = (file: File) => act(async () => joined(await call('event.kit.import', { base64: await readBase64(file) })));
  const joinOverNetwork = () => act(async () => joined(await call('sync.join', { hubUrl: address.trim(), pairingCode: code })));
  const saveBundle = () =>
    act(async () => {
      const bundle = await call('sync.bundle.export', {});
      saveFile(bundle.filename, base64ToBytes(bundle.base64), 'application/json');
      return t('console.sync.kiosk.bundleSaved', { file: bundle.filename, rows: bundle.rows });
    });

  return (
    <section aria-labelledby="kiosk-sync-heading" data-testid="sync-kiosk">
      <h3 id="kiosk-sync-heading">{t('console.sync.kiosk.heading')}</h3>
      {message && (
        <Notice kind={message.kind} testId="sync-message">
          {message.text}
        </Notice>
      )}
      {status?.eventId && (
        <div className="panel" data-testid="sync-kiosk-status">
          <h4>{t('console.sync.kiosk.statusHeading')}</h4>
          <p>
            {t('console.sync.kiosk.hub')}: {status.hubUrls[0] ?? t('console.sync.kiosk.noHub')}
          </p>
          <p data-testid="sync-waiting">{status.waiting ? t('console.sync.kiosk.waiting', { count: status.waiting }) : t('console.sync.kiosk.allSent')}</p>
          {status.lastPushAt && <p>{t('console.sync.kiosk.lastPush', { when: dateTime(status.lastPushAt, i18n.language) })}</p>}
          {status.lastError && <Notice kind="warning">{t('console.sync.kiosk.lastError', { error: status.lastError })}</Notice>}
        </div>
      )}
      <div className="panel">
        <h4>{t('console.sync.kiosk.joinHeading')}</h4>
        <p>{t('console.sync.kiosk.joinText')}</p>
        <FilePicker label={t('console.sync.kiosk.kitChoose')} accept=".json,application/json" onFiles={([file]) => file && void joinWithFile(file)} testId="sync-kit-file" />
        <h4>{t('console.sync.kiosk.networkHeading')}</h4>
        <TextField label={t('console.sync.kiosk.address')} value={address} onChange={setAddress} layout="url" maxLength={200} testId="sync-join-address" />
        <TextField label={t('console.sync.kiosk.code')} value={code} onChange={setCode} layout="prose" maxLength={40} testId="sync-join-code" />
        <button type="button" className="button" disabled={!address.trim() || !code.trim()} onClick={() => void joinOverNetwork()} data-testid="sync-join">
          {t('console.sync.kiosk.join')}
        </button>
      </div>
      <div className="panel">
        <h4>{t('console.sync.kiosk.bundleHeading')}</h4>
        <p>{t('console.sync.kiosk.bundleText')}</p>
        <button type="button" className="button" onClick={() => void saveBundle()} data-testid="sync-bundle-save">
          {t('console.sync.kiosk.bundleSave')}
        </button>
      </div>
    </section>
  );
}
