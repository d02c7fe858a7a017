import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport } from '../../common/legislators';
import { TextField } from '../components/TextField';
import { FilePicker } from './FilePicker';
import { fileSize } from './format';
import { IssueList } from './IssueList';
import { refusal, type Refusal } from './issues';
import { batchFiles, mergeReports, type TextFile } from './legislator-batches';
import { LegislatorReport } from './LegislatorReport';
import { Notice } from './Notice';
import { useConsole } from './session';
import { useLanguage } from '../i18n/language';

type Step = { kind: 'idle' } | { kind: 'chosen' } | { kind: 'checked'; report: ImportReport; batches: number } | { kind: 'applied'; report: ImportReport };

const ACCEPT = '.yaml,.yml,.csv,.txt';

/**
 * An import of fresher legislator files: chosen, checked, then applied. `warning` (the data has
 * ended, or soon will) comes first, with the file chooser inside it: one step to fresh data.
 */
export function LegislatorImport({ warning, onApplied }: { warning: ((picker: ReactNode) => ReactNode) | null; onApplied(): void }) {
  const { t } = useTranslation();
  const { call } = useConsole();
  const [files, setFiles] = useState<TextFile[]>([]);
  const [asOf, setAsOf] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [problem, setProblem] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const language = useLanguage();

  const choose = async (chosen: File[]) => {
    setProblem(null);
    setFiles(await Promise.all(chosen.map(async (f) => ({ name: f.name, content: await f.text() }))));
    setStep({ kind: 'chosen' });
  };

  const send = async (dryRun: boolean) => {
    setBusy(true);
    setProblem(null);
    const batches = batchFiles(files);
    const reports: ImportReport[] = [];
    try {
      // One after the other: an applied batch is the base the next one is compared with.
      for (const batch of batches) reports.push(await call('legislators.import', { files: batch, dryRun, ...(asOf.trim() ? { asOf: asOf.trim() } : {}) }));
      const report = mergeReports(reports);
      setStep(dryRun ? { kind: 'checked', report, batches: batches.length } : { kind: 'applied', report });
      if (!dryRun) onApplied();
    } catch (e) {
      const refused = refusal(e);
      // Only possible when applying several batches and a later one fails: say what was kept.
      const partly = !dryRun && reports.length > 0 ? ` ${t('console.legislators.partly', { done: reports.length, total: batches.length })}` : '';
      const message = refused.issues.length > 0 ? t('console.legislators.refused') : refused.message;
      setProblem({ message: message + partly, issues: refused.issues });
      if (!dryRun && reports.length > 0) {
        setStep({ kind: 'applied', report: mergeReports(reports) });
        onApplied();
      }
    } finally {
      setBusy(false);
    }
  };

  const picker = (label: string, testId: string) => (
    <FilePicker label={label} accept={ACCEPT} multiple disabled={busy} onFiles={(chosen) => void choose(chosen)} testId={testId} />
  );
  const total = files.reduce((n, f) => n + new Blob([f.content]).size, 0);
  return (
    <div className="panel" data-testid="legislators-import">
      <h3>{t('console.legislators.importHeading')}</h3>
      {warning?.(picker(t('console.legislators.validity.choose'), 'legislators-files-fresh'))}
      <p>{t('console.legislators.importText')}</p>
      <TextField label={t('console.legislators.downloaded')} hint={t('console.legislators.downloadedHint')} value={asOf} onChange={setAsOf} layout="email" maxLength={10} testId="legislators-asof" />
      {picker(t('console.legislators.choose'), 'legislators-files')}
      {step.kind !== 'idle' && files.length > 0 && (
        <p data-testid="legislators-chosen">{t('console.legislators.chosen', { count: files.length, size: fileSize(total, language) })}</p>
      )}
      {step.kind === 'chosen' && (
        <div className="actions">
          <button type="button" className="button button--large" onClick={() => void send(true)} disabled={busy} data-testid="legislators-check">
            {t('console.legislators.check')}
          </button>
        </div>
      )}
      {problem && (
        <Notice kind="error" testId="legislators-problem">
          <p>{problem.message}</p>
          <IssueList issues={problem.issues} more={(count) => t('console.content.moreIssues', { count })} />
        </Notice>
      )}
      {step.kind === 'checked' && (
        <>
          <Notice kind="ok">{t('console.legislators.checked')}</Notice>
          <LegislatorReport report={step.report} showCounts={step.batches === 1} />
          <div className="actions">
            <button type="button" className="button button--large" onClick={() => void send(false)} disabled={busy} data-testid="legislators-apply">
              {t('console.legislators.apply')}
            </button>
            <button type="button" className="button button--large button--outline" onClick={() => setStep({ kind: 'idle' })} disabled={busy}>
              {t('console.cancel')}
            </button>
          </div>
        </>
      )}
      {step.kind === 'applied' && (
        <>
          <Notice kind="ok" testId="legislators-applied">
            {t('console.legislators.applied')}
          </Notice>
          <LegislatorReport report={step.report} showCounts />
        </>
      )}
    </div>
  );
}
