import { useTranslation } from 'react-i18next';
import type { ImportReport, LegislatorCounts } from '../../common/legislators';
import { localeOf } from '../../common/dates';
import { useLanguage } from '../i18n/language';

const NAMES_SHOWN = 10;

function Names({ names }: { names: string[] }) {
  const { t } = useTranslation();
  if (names.length === 0) return null;
  const more = names.length - NAMES_SHOWN;
  return (
    <p className="report__names">
      {names.slice(0, NAMES_SHOWN).join('; ')}
      {more > 0 && ` ${t('console.legislators.report.andMore', { count: more })}`}
    </p>
  );
}

export function LegislatorCountList({ counts }: { counts: LegislatorCounts }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const keys = ['senators', 'representatives', 'delegates', 'districtOffices', 'maLegislators', 'zips', 'zctas'] as const;
  return (
    <dl className="details details--compact" data-testid="legislator-counts">
      {keys.map((key) => (
        <div key={key}>
          <dt>{t(`console.legislators.counts.${key}`)}</dt>
          <dd>{counts[key].toLocaleString(localeOf(language))}</dd>
        </div>
      ))}
    </dl>
  );
}

/** What an import read and what it changes (dry run) or changed (applied). */
export function LegislatorReport({ report, showCounts }: { report: ImportReport; showCounts: boolean }) {
  const { t } = useTranslation();
  const { members, offices, zips, maLegislators } = report.changes;
  const nothing =
    members.added.length + members.removed.length + members.changed.length + maLegislators.added.length + maLegislators.removed.length === 0 &&
    offices.added + offices.removed + offices.changed + zips.added + zips.removed + zips.districtsChanged === 0;
  const seat = (m: { name: string; seat: string }) => `${m.name} (${m.seat})`;
  const line = (text: string | false, names: string[] = []) =>
    text && (
      <li>
        {text}
        <Names names={names} />
      </li>
    );
  const counted = (key: 'membersAdded' | 'membersRemoved' | 'membersChanged' | 'maAdded' | 'maRemoved', names: string[]) =>
    line(names.length > 0 && t(`console.legislators.report.${key}`, { count: names.length }), names);
  return (
    <div className="report" data-testid="legislator-report">
      <h4>{t('console.legislators.report.files')}</h4>
      <ul>
        {report.files.slice(0, NAMES_SHOWN).map((f) => (
          <li key={f.name}>{t('console.legislators.report.file', { name: f.name, count: f.records })}</li>
        ))}
        {report.files.length > NAMES_SHOWN && <li>{t('console.legislators.report.moreFiles', { count: report.files.length - NAMES_SHOWN })}</li>}
      </ul>
      <h4>{report.applied ? t('console.legislators.report.changed') : t('console.legislators.report.wouldChange')}</h4>
      {nothing ? (
        <p>{t('console.legislators.report.nothing')}</p>
      ) : (
        <ul data-testid="legislator-changes">
          {counted('membersAdded', members.added.map(seat))}
          {counted('membersRemoved', members.removed.map(seat))}
          {counted('membersChanged', members.changed.map((m) => `${m.name}: ${m.fields.join(', ')}`))}
          {line(offices.added + offices.removed + offices.changed > 0 && t('console.legislators.report.offices', offices))}
          {line(zips.added + zips.removed + zips.districtsChanged > 0 && t('console.legislators.report.zips', zips), zips.examples)}
          {counted('maAdded', maLegislators.added.map(seat))}
          {counted('maRemoved', maLegislators.removed.map(seat))}
        </ul>
      )}
      {report.warnings.length > 0 && (
        <>
          <h4>{t('console.legislators.report.warnings')}</h4>
          <ul className="report__warnings">
            {report.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      )}
      {showCounts && (
        <>
          <h4>{t('console.legislators.report.counts')}</h4>
          <LegislatorCountList counts={report.counts} />
        </>
      )}
    </div>
  );
}
