import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CALL_OUTCOMES, type CallStats } from '../../common/calls';
import { BarChart } from './BarChart';
import { saveFile } from './files';
import { hourLabel } from './format';
import { Notice } from './Notice';
import { errorMessage, useConsole } from './session';
import './calls-panel.css';
import { pick } from '../../common/localized';
import { useLanguage } from '../i18n/language';

/** An event lasts hours, not weeks: beyond this the chart shows the latest hours only. */
const MAX_HOURS = 24;

/**
 * The calls visitors made from the kiosk: totals by outcome, a table by legislator, a chart by
 * hour and by script, and every tally as CSV. Tallies are anonymous: there is nobody to show.
 */
export function CallsPanel() {
  const { t } = useTranslation();
  const { call } = useConsole();
  const language = useLanguage();
  const [stats, setStats] = useState<CallStats | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ filename: string; rows: number } | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    call('calls.stats', {})
      .then((result) => live && setStats(result))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [call]);

  const exportFile = async () => {
    setBusy(true);
    setError(null);
    try {
      const file = await call('calls.export', {});
      saveFile(file.filename, file.csv, 'text/csv;charset=utf-8');
      setSaved({ filename: file.filename, rows: file.rows });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const hours = stats ? stats.byHour.slice(-MAX_HOURS) : [];
  const common = { labelHeading: t('console.calls.group'), countHeading: t('console.calls.calls'), empty: t('console.stats.none') };
  return (
    <section aria-labelledby="calls-heading">
      <h2 id="calls-heading">{t('console.calls.heading')}</h2>
      <p className="lead">{t('console.calls.intro')}</p>
      {error && <Notice kind="error">{error}</Notice>}
      {stats && (
        <>
          <dl className="call-totals">
            <div className="call-totals__item call-totals__item--all">
              <dt>{t('console.calls.total')}</dt>
              <dd data-testid="calls-total">{stats.total}</dd>
            </div>
            {CALL_OUTCOMES.map((outcome) => (
              <div key={outcome} className="call-totals__item">
                <dt>{t(`console.calls.outcomes.${outcome}`)}</dt>
                <dd data-testid={`calls-outcome-${outcome}`}>{stats.byOutcome[outcome]}</dd>
              </div>
            ))}
          </dl>
          {stats.total === 0 ? (
            <p data-testid="calls-none">{t('console.calls.none')}</p>
          ) : (
            <>
              <div className="table-wrap">
                <table className="table" data-testid="calls-by-legislator">
                  <caption className="call-table__caption">{t('console.calls.byLegislator')}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{t('console.calls.legislator')}</th>
                      {CALL_OUTCOMES.map((outcome) => (
                        <th key={outcome} scope="col" className="number">
                          {t(`console.calls.outcomes.${outcome}`)}
                        </th>
                      ))}
                      <th scope="col" className="number">
                        {t('console.calls.total')}
                      </th>
                    </tr>
                  </thead>
                  <tbody>
                    {stats.byLegislator.map((row) => (
                      <tr key={row.id}>
                        <th scope="row">
                          {row.name}
                          <br />
                          <span className="call-table__body">{t(`console.calls.bodies.${row.body}`)}</span>
                        </th>
                        {CALL_OUTCOMES.map((outcome) => (
                          <td key={outcome} className="number" data-outcome={outcome}>
                            {row.outcomes[outcome]}
                          </td>
                        ))}
                        <td className="number" data-outcome="total">
                          {row.total}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="stats__grid">
                <div>
                  <BarChart
                    {...common}
                    caption={t('console.calls.byHour')}
                    rows={hours.map((h) => ({ key: h.hour, label: hourLabel(h.hour, language), count: h.total }))}
                    testId="calls-by-hour"
                  />
                  {hours.length < stats.byHour.length && <p className="field__hint">{t('console.stats.lastHours', { count: MAX_HOURS })}</p>}
                </div>
                <BarChart
                  {...common}
                  caption={t('console.calls.byScript')}
                  rows={stats.byScript.map((s) => ({ key: s.id, label: s.title ? pick(s.title, language) : s.id, count: s.total }))}
                  testId="calls-by-script"
                />
              </div>
            </>
          )}
          <h3>{t('console.calls.exportHeading')}</h3>
          <p>{t('console.calls.exportText')}</p>
          <button type="button" className="button button--large" onClick={() => void exportFile()} disabled={busy || stats.total === 0} data-testid="calls-export">
            {t('console.calls.export')}
          </button>
          {saved && (
            <Notice kind="ok" testId="calls-saved">
              <p>{t('console.calls.saved', { filename: saved.filename, count: saved.rows })}</p>
              <p className="banner__detail">{t('console.calls.savedWhere')}</p>
            </Notice>
          )}
        </>
      )}
    </section>
  );
}
