import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InfoResult } from '../../common/legislators';
import { formatDate } from '../i18n';
import { useLegislatorInfo } from '../state/legislator-info';
import { LegislatorImport } from './LegislatorImport';
import { dataNeedsRefresh, LegislatorDataWarning } from './LegislatorDataWarning';
import { LegislatorCountList } from './LegislatorReport';
import { useLanguage } from '../i18n/language';

/** How old the data is, how long it stays valid, where it comes from, and the credits its licenses require. */
function LegislatorInfo({ info }: { info: InfoResult }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const date = (iso: string) => (/^\d{4}-\d{2}-\d{2}$/.test(iso) ? formatDate(iso, language) : iso);
  return (
    <div className="panel" data-testid="legislator-info">
      <h3>{info.origin === 'imported' && info.importedAt ? t('console.legislators.imported', { date: date(info.importedAt.slice(0, 10)) }) : t('console.legislators.shipped')}</h3>
      <LegislatorCountList counts={info.counts} />
      <p data-testid="legislators-valid-until">
        {t('console.legislators.validity.until', { congress: date(info.validity.congress.validUntil), ma: date(info.validity.maLegislature.validUntil) })}
      </p>
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
  );
}

/**
 * The legislator data behind the call scripts and an import of fresher files. When the data ends
 * within 30 days or has ended, the import comes first, with the warning and the file chooser.
 */
export function LegislatorsPanel() {
  const { t } = useTranslation();
  const [version, setVersion] = useState(0);
  const info = useLegislatorInfo(version);
  const urgent = dataNeedsRefresh(info);
  const importer = (
    <LegislatorImport
      warning={urgent ? (picker) => <LegislatorDataWarning info={info} testId="legislators-validity-warning">{picker}</LegislatorDataWarning> : null}
      onApplied={() => setVersion((n) => n + 1)}
    />
  );
  return (
    <section aria-labelledby="legislators-heading">
      <h2 id="legislators-heading">{t('console.legislators.heading')}</h2>
      {/* The import keeps its place in the tree (and its state) when the warning goes away. */}
      {info && !urgent && <LegislatorInfo info={info} />}
      {importer}
      {info && urgent && <LegislatorInfo info={info} />}
    </section>
  );
}
