import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldIssue } from '../../common/errors';
import type { Language } from '../../common/languages';
import type { PartStatus, TranslationStatus } from '../../common/translations';
import { useLanguage } from '../i18n/language';
import { useKiosk } from '../state/kiosk';
import { FilePicker } from './FilePicker';
import { saveFile } from './files';
import { IssueList } from './IssueList';
import { refusal } from './issues';
import { LanguageName } from './LanguageName';
import { Notice } from './Notice';
import { errorMessage, useConsole } from './session';

type Outcome = { kind: 'ok' | 'error'; text: string; issues: FieldIssue[] } | null;

/** "Not reviewed", "Reviewed", or "40 of 236 reviewed", by a native speaker: the key and its numbers. */
function reviewLabel(part: PartStatus): { status: 'reviewed' | 'not-reviewed' | 'partly'; reviewed: number; total: number } {
  const total = part.total - part.missing;
  if (total > 0 && part.reviewed === total) return { status: 'reviewed', reviewed: part.reviewed, total };
  return { status: part.reviewed === 0 ? 'not-reviewed' : 'partly', reviewed: part.reviewed, total };
}

/**
 * Languages and translations: for each language, whether a native speaker reviewed each catalog
 * and the content pack (visitors never see this), the review file to hand a reviewer, and their
 * corrections back.
 */
export function TranslationsPanel() {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const { call } = useConsole();
  const { reload } = useKiosk();
  const [status, setStatus] = useState<TranslationStatus | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [busy, setBusy] = useState(false);
  const refresh = useCallback(() => call('translations.status', {}).then(setStatus), [call]);
  useEffect(() => {
    refresh().catch((e: unknown) => setOutcome({ kind: 'error', text: errorMessage(e), issues: [] }));
  }, [refresh]);

  const exportFile = async (language: Language) => {
    setOutcome(null);
    try {
      const file = await call('translations.export', { language });
      saveFile(file.filename, file.csv, 'text/csv;charset=utf-8');
      setOutcome({ kind: 'ok', text: t('console.translations.exported', { filename: file.filename, count: file.rows }), issues: [] });
    } catch (e) {
      setOutcome({ kind: 'error', text: errorMessage(e), issues: [] });
    }
  };

  const importFile = async (language: Language, file: File) => {
    setBusy(true);
    setOutcome(null);
    try {
      const result = await call('translations.import', { language, csv: await file.text() });
      await Promise.all([reload(), refresh()]);
      setOutcome({ kind: 'ok', text: t('console.translations.imported', { filename: file.name, changed: result.changed, reviewed: result.reviewed }), issues: [] });
    } catch (e) {
      const { message, issues } = refusal(e);
      setOutcome({ kind: 'error', text: message, issues });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="translations-heading">
      <h2 id="translations-heading">{t('console.translations.heading')}</h2>
      <p>{t('console.translations.intro')}</p>
      <p className="field__hint">{t('console.translations.howTo')}</p>
      {outcome && (
        <Notice kind={outcome.kind} testId="translations-outcome">
          <p>{outcome.text}</p>
          <IssueList issues={outcome.issues} more={(count) => t('console.content.moreIssues', { count })} />
        </Notice>
      )}
      {status?.languages.map(({ language, parts }) => (
        <div key={language} className="panel" data-testid={`translations-${language}`}>
          <h3>
            <LanguageName language={language} uiLanguage={uiLanguage} />
          </h3>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('console.translations.part')}</th>
                <th scope="col">{t('console.translations.review')}</th>
                <th scope="col">{t('console.translations.missing')}</th>
              </tr>
            </thead>
            <tbody>
              {parts.map((part) => {
                const { status, ...counts } = reviewLabel(part);
                return (
                  <tr key={part.part} data-testid={`translation-status-${language}-${part.part}`}>
                    <th scope="row">{t(`console.translations.parts.${part.part}`)}</th>
                    <td>{t(`console.translations.statuses.${status}`, counts)}</td>
                    <td>{part.missing === 0 ? t('console.translations.noneMissing') : t('console.translations.someMissing', { count: part.missing })}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="actions">
            <button type="button" className="button button--outline" onClick={() => void exportFile(language)} data-testid={`translations-export-${language}`}>
              {t('console.translations.export')}
            </button>
            <FilePicker label={t('console.translations.import')} accept=".csv,text/csv" disabled={busy} onFiles={([file]) => file && void importFile(language, file)} testId={`translations-import-${language}`} />
          </div>
        </div>
      ))}
    </section>
  );
}
