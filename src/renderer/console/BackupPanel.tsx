import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestoreResult } from '../../common/organizer';
import { formatDate } from '../i18n';
import { useKiosk } from '../state/kiosk';
import { ConfirmDialog } from './ConfirmDialog';
import { FilePicker } from './FilePicker';
import { ApiCallError } from '../api/client';
import { base64ToBytes, readBase64, saveFile } from './files';
import { fileSize } from './format';
import { Notice } from './Notice';
import { errorMessage, useConsole } from './session';
import { useLanguage } from '../i18n/language';

type Chosen = { name: string; size: number; base64: string; signups: number };

/**
 * A backup is the whole database in one file. Restoring adds its sign-ups to those here (never
 * removes one) and replaces the settings and content, so it asks first and says so; core keeps a
 * copy of the data as it was.
 */
export function BackupPanel() {
  const { t } = useTranslation();
  const { call } = useConsole();
  const { reload } = useKiosk();
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ kind: 'ok' | 'error'; text: string; detail?: string } | null>(null);
  const language = useLanguage();

  const create = async () => {
    setBusy(true);
    setOutcome(null);
    try {
      const file = await call('backup.create', {});
      const bytes = base64ToBytes(file.base64);
      saveFile(file.filename, bytes, 'application/vnd.sqlite3');
      setOutcome({ kind: 'ok', text: t('console.backup.created', { file: file.filename, size: fileSize(bytes.length, language) }), detail: t('console.backup.keepSafe') });
    } catch (e) {
      setOutcome({ kind: 'error', text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };

  const choose = async (file: File) => {
    try {
      const [base64, { total }] = await Promise.all([readBase64(file), call('signups.count', {})]);
      setChosen({ name: file.name, size: file.size, base64, signups: total });
    } catch (e) {
      setOutcome({ kind: 'error', text: errorMessage(e) });
    }
  };

  const restore = async (file: Chosen) => {
    setBusy(true);
    setOutcome(null);
    try {
      const result: RestoreResult = await call('backup.restore', { base64: file.base64, confirm: true });
      await reload();
      setOutcome({
        kind: 'ok',
        text: t('console.backup.restored', { file: file.name, count: result.signups, added: result.added ?? 0, asOf: formatDate(result.contentAsOf, language) }),
        detail: t('console.backup.previousCopy', { file: result.previousCopy }),
      });
    } catch (e) {
      const tooLarge = e instanceof ApiCallError && e.code === 'payload_too_large';
      setOutcome({ kind: 'error', text: t('console.backup.refused', { file: file.name }), detail: tooLarge ? t('console.backup.tooLarge') : errorMessage(e) });
    } finally {
      setBusy(false);
      setChosen(null);
    }
  };

  return (
    <section aria-labelledby="backup-heading">
      <h2 id="backup-heading">{t('console.backup.heading')}</h2>
      <div className="panel">
        <h3>{t('console.backup.createHeading')}</h3>
        <p>{t('console.backup.createText')}</p>
        <button type="button" className="button button--large" onClick={() => void create()} disabled={busy} data-testid="backup-create">
          {t('console.backup.create')}
        </button>
      </div>
      <div className="panel">
        <h3>{t('console.backup.restoreHeading')}</h3>
        <p>{t('console.backup.restoreText')}</p>
        <FilePicker label={t('console.backup.choose')} accept=".sqlite,.sqlite3,.db,.tak-backup,application/vnd.sqlite3,application/octet-stream" disabled={busy} onFiles={([file]) => file && void choose(file)} testId="backup-file" />
      </div>
      {outcome && (
        <Notice kind={outcome.kind} testId="backup-outcome">
          <p>{outcome.text}</p>
          {outcome.detail && <p className="banner__detail">{outcome.detail}</p>}
        </Notice>
      )}
      {chosen && (
        <ConfirmDialog
          title={t('console.backup.confirmTitle')}
          confirmLabel={t('console.backup.confirmYes')}
          onConfirm={() => void restore(chosen)}
          onCancel={() => setChosen(null)}
          busy={busy}
          testId="confirm-restore"
        >
          <p>{t('console.backup.confirmFile', { file: chosen.name, size: fileSize(chosen.size, language) })}</p>
          <p>{t('console.backup.confirmText', { count: chosen.signups })}</p>
          <p>{t('console.backup.confirmKept')}</p>
        </ConfirmDialog>
      )}
    </section>
  );
}
