import { useCallback, useState } from 'react';
import { usePolled } from '../polled';
import { useTranslation } from 'react-i18next';
import { FilePicker } from '../FilePicker';
import { base64ToBytes, readBase64, saveFile } from '../files';
import { dateTime } from '../format';
import { Notice } from '../Notice';
import { errorMessage, useConsole } from '../session';
import { useVault } from '../vault/vault-state';

const POLL_MS = 3_000;

/** The data steward's computer: hand out the kit, receive from kiosks, bring bundles in. */
export function StewardSync() {
  const { t, i18n } = useTranslation();
  const { call } = useConsole();
  const read = useCallback(() => call('sync.hub.status', {}), [call]);
  const [hub, setHub] = usePolled(read, POLL_MS);
  const { status: vault, refresh } = useVault();
  const [message, setMessage] = useState<{ kind: 'ok' | 'warning' | 'error'; lines: string[] } | null>(null);


  const act = async (run: () => Promise<void>) => {
    setMessage(null);
    try {
      await run();
    } catch (e) {
      setMessage({ kind: 'error', lines: [errorMessage(e)] });
    }
  };
  const saveKit = () =>
    act(async () => {
      const kit = await call('event.kit.export', {});
      saveFile(kit.filename, base64ToBytes(kit.base64), 'application/json');
      setMessage({ kind: 'ok', lines: [t('console.sync.steward.kitSaved', { file: kit.filename, keyId: vault?.keyId ?? '' })] });
    });
  const toggle = () => act(async () => setHub(await call(hub?.listening ? 'sync.hub.stop' : 'sync.hub.start', {})));
  const bring = (file: File) =>
    act(async () => {
      const result = await call('sync.bundle.import', { base64: await readBase64(file) });
      await refresh();
      setHub(await call('sync.hub.status', {}));
      // Counts only: sealed rows say nothing else.
      const lines = [
        t('console.sync.steward.bundleDone', { file: file.name, added: result.added, duplicates: result.duplicates, tallies: result.tallies.added }),
        ...(result.conflicts ? [t('console.sync.steward.bundleConflicts', { count: result.conflicts })] : []),
        ...(result.unknownKey ? [t('console.sync.steward.bundleUnknown', { count: result.unknownKey })] : []),
        ...(result.altered ? [t('console.sync.steward.bundleAltered', { count: result.altered })] : []),
      ];
      setMessage({ kind: result.conflicts || result.altered ? 'warning' : 'ok', lines });
    });

  if (vault?.state === 'none') return <Notice kind="warning">{t('console.sync.steward.needKey')}</Notice>;
  return (
    <section aria-labelledby="steward-heading" data-testid="sync-steward">
      <h3 id="steward-heading">{t('console.sync.steward.heading')}</h3>
      {message && (
        <Notice kind={message.kind} testId="sync-message">
          {message.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </Notice>
      )}
      <div className="panel">
        <h4>{t('console.sync.steward.kitHeading')}</h4>
        <p>{t('console.sync.steward.kitText')}</p>
        <button type="button" className="button" onClick={() => void saveKit()} data-testid="sync-kit-save">
          {t('console.sync.steward.kitSave')}
        </button>
      </div>
      <div className="panel">
        <h4>{t('console.sync.steward.receiveHeading')}</h4>
        <p>{t('console.sync.steward.receiveText')}</p>
        <button type="button" className={`button${hub?.listening ? ' button--outline' : ''}`} onClick={() => void toggle()} data-testid="sync-hub-toggle">
          {hub?.listening ? t('console.sync.steward.stop') : t('console.sync.steward.start')}
        </button>
        {hub?.listening && (
          <div className="sync-pairing" data-testid="sync-pairing">
            <p>{t('console.sync.steward.listening')}</p>
            <dl>
              <dt>{t('console.sync.steward.address')}</dt>
              <dd data-testid="sync-address">{hub.urls[0]}</dd>
              <dt>{t('console.sync.steward.code')}</dt>
              <dd className="vault-code" data-testid="sync-code">
                {hub.pairingCode}
              </dd>
            </dl>
          </div>
        )}
        <h4>{t('console.sync.steward.kiosks')}</h4>
        {hub && hub.kiosks.length > 0 ? (
          <div className="table-wrap">
            <table className="table" data-testid="sync-kiosks">
              <thead>
                <tr>
                  <th scope="col">{t('console.sync.steward.kioskName')}</th>
                  <th scope="col">{t('console.sync.steward.lastSeen')}</th>
                  <th scope="col">{t('console.sync.steward.received')}</th>
                  <th scope="col">{t('console.sync.steward.waiting')}</th>
                </tr>
              </thead>
              <tbody>
                {hub.kiosks.map((k) => (
                  <tr key={k.kioskId} data-testid="sync-kiosk-row">
                    <td>{k.name}</td>
                    <td>{dateTime(k.lastSeen, i18n.language)}</td>
                    <td>{k.rowsReceived}</td>
                    <td>{k.rowsWaiting}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p>{t('console.sync.steward.none')}</p>
        )}
      </div>
      <div className="panel">
        <h4>{t('console.sync.steward.bundleHeading')}</h4>
        <p>{t('console.sync.steward.bundleText')}</p>
        <FilePicker label={t('console.sync.steward.bundleChoose')} accept=".json,application/json" onFiles={([file]) => file && void bring(file)} testId="sync-bundle-file" />
      </div>
    </section>
  );
}
