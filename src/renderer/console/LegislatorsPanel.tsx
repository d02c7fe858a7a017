import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportReport, InfoResult } from '../../common/legislators';
import { TextField } from '../components/TextField';
import { formatDate } from '../i18n';
import { FilePicker } from './FilePicker';
import { fileSize } from './format';
import { IssueList } from './IssueList';
import { refusal, type Refusal } from './issues';
import { batchFiles, mergeReports, type TextFile } from './legislator-batches';
import { LegislatorCountList, LegislatorReport } from './LegislatorReport';
import { Notice } from './Notice';
import { errorMessage, useConsole } from './session';

type Step = { kind: 'idle' } | { kind: 'chosen' } | { kind: 'checked'; report: ImportReport; batches: number } | { kind: 'applied'; report: ImportReport };

/**
 * The legislator data behind the call scripts: how old it is, where it comes from (with the
 * credits its licenses require), and an import of fresher files: checked first, then applied.
 */
export function LegislatorsPanel() {
  const { t, i18n } = useTranslation();
  const { call } = useConsole();
  const [info, setInfo] = useState<InfoResult | null>(null);
  const [files, setFiles] = useState<TextFile[]>([]);
  const [asOf, setAsOf] = useState('');
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [problem, setProblem] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);
  const language = i18n.language === 'es' ? 'es' : 'en';
  const date = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(iso, language) : iso);

  useEffect(() => {
    let live = true;
    call('legislators.info', {})
      .then((result) => live && setInfo(result))
      .catch((e: unknown) => live && setProblem({ message: errorMessage(e), issues: [] }));
    return () => {
      live = false;
    };
  }, [call, step.kind]);

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
    } catch (e) {
      const refused = refusal(e);
      // Only possible when applying several batches and a later one fails: say what was kept.
      const partly = !dryRun && reports.length > 0 ? ` ${t('console.legislators.partly', { done: reports.length, total: batches.length })}` : '';
      const message = refused.issues.length > 0 ? t('console.legislators.refused') : refused.message;
      setProblem({ message: message + partly, issues: refused.issues });
      if (!dryRun && reports.length > 0) setStep({ kind: 'applied', report: mergeReports(reports) });
    } finally {
      setBusy(false);
    }
  };

  const total = files.reduce((n, f) => n + new Blob([f.content]).size, 0);
  return (
    <section aria-labelledby="legislators-heading">
      <h2 id="legislators-heading">{t('console.legislators.heading')}</h2>
      {info && (
        <div className="panel" data-testid="legislator-info">
          <h3>{info.origin === 'imported' && info.importedAt ? t('console.legislators.imported', { date: date(info.importedAt.slice(0, 10)) }) : t('console.legislators.shipped')}</h3>
          <LegislatorCountList counts={info.counts} />
          <div className="table-wrap">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('console.legislators.source')}</th>
                  <th scope="col">{t('console.legislators.files')}</th>
                  <th scope="col">{t('console.legislators.asOf')}</th>
                  <th scope="col">{t('console.legislators.license')}</th>
                </tr>
              </thead>
              <tbody>
                {info.sources.map((s) => (
                  <tr key={s.id}>
                    <td>
                      {s.name}
                      <br />
                      <span className="url">{s.url}</span>
                    </td>
                    <td>{s.files.join(', ')}</td>
                    <td>{date(s.asOf)}</td>
                    <td>{s.license}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {info.vacantSeats.length > 0 && <p>{t('console.legislators.vacant', { seats: info.vacantSeats.join(', ') })}</p>}
          <h3>{t('console.legislators.credits')}</h3>
          <ul className="credits" data-testid="legislator-credits">
            {info.attributions.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      )}
      <div className="panel">
        <h3>{t('console.legislators.importHeading')}</h3>
        <p>{t('console.legislators.importText')}</p>
        <TextField label={t('console.legislators.downloaded')} hint={t('console.legislators.downloadedHint')} value={asOf} onChange={setAsOf} layout="email" maxLength={10} testId="legislators-asof" />
        <FilePicker label={t('console.legislators.choose')} accept=".yaml,.yml,.csv,.txt" multiple disabled={busy} onFiles={(chosen) => void choose(chosen)} testId="legislators-files" />
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
    </section>
  );
}
