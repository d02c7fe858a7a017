import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Checkbox } from '../../components/Checkbox';
import { base64ToBytes } from '../files';
import { Notice } from '../Notice';
import { errorMessage, useConsole } from '../session';
import { useLanguage } from '../../i18n/language';

/**
 * The recovery code, shown once after the key is made, and its recovery sheet: previewed and
 * printed from here, never offered as a file to save (a saved sheet beside the data would undo
 * the sealing). The steward confirms they kept it before the console moves on.
 */
export function RecoveryCode({ code, keyId, onDone }: { code: string; keyId: string; onDone(): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { call } = useConsole();
  const [url, setUrl] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [kept, setKept] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  useEffect(() => () => (url ? URL.revokeObjectURL(url) : undefined), [url]);

  const makeSheet = async () => {
    setError(null);
    try {
      // US Letter: the kiosk's events are in the US (A4 is there for the other printed documents).
      const result = await call('documents.pdf', { kind: 'recovery-sheet', language, paper: 'letter', recoveryCode: code, keyId });
      setUrl(URL.createObjectURL(new Blob([base64ToBytes(result.base64)], { type: result.mimeType })));
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <section className="panel" aria-labelledby="code-heading" data-testid="vault-recovery">
      <h3 id="code-heading">{t('console.vault.setup.codeHeading')}</h3>
      <p>{t('console.vault.setup.codeText')}</p>
      <p className="vault-code__label">{t('console.vault.setup.codeLabel')}</p>
      <p className="vault-code" data-testid="vault-recovery-code">
        {code}
      </p>
      <div className="actions">
        <button type="button" className="button button--large" onClick={() => void makeSheet()} data-testid="vault-print-sheet">
          {t('console.vault.setup.printSheet')}
        </button>
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      {url && (
        <div className="print-preview" data-testid="vault-sheet-preview">
          <p>{t('console.vault.setup.sheetReady')}</p>
          <div className="print-preview__actions">
            <button type="button" className="button" onClick={() => frame.current?.contentWindow?.print()} data-testid="vault-sheet-print">
              {t('console.vault.setup.printNow')}
            </button>
          </div>
          <iframe ref={frame} className="print-preview__frame" src={url} title={t('console.vault.setup.printSheet')} />
        </div>
      )}
      <Checkbox checked={kept} onChange={setKept} testId="vault-code-kept">
        {t('console.vault.setup.kept')}
      </Checkbox>
      <button type="button" className="button button--large" disabled={!kept} onClick={onDone} data-testid="vault-done">
        {t('console.vault.setup.done')}
      </button>
    </section>
  );
}
