import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SignupStats as Stats } from '../../common/organizer';
import { BarChart } from './BarChart';
import { hourLabel } from './format';
import { Notice } from './Notice';
import { errorMessage, useConsole } from './session';
import { languageLabel, useLanguage } from '../i18n/language';

/** An event lasts hours, not weeks: beyond this the chart shows the latest hours only. */
const MAX_HOURS = 24;

/** Counts by hour, by organization and by language, refreshed whenever `version` changes. */
export function SignupStats({ version }: { version: number }) {
  const { t, i18n } = useTranslation();
  const uiLanguage = useLanguage();
  const { call } = useConsole();
  const [stats, setStats] = useState<Stats | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('signups.stats', {})
      .then((result) => live && setStats(result))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [call, version]);

  if (error) return <Notice kind="error">{error}</Notice>;
  if (!stats || stats.total === 0) return null;
  const hours = stats.byHour.slice(-MAX_HOURS);
  const common = { labelHeading: t('console.stats.label'), countHeading: t('console.stats.count'), empty: t('console.stats.none') };
  return (
    <section className="stats" aria-labelledby="stats-heading" data-testid="signup-stats">
      <h3 id="stats-heading" className="visually-hidden">
        {t('console.stats.heading')}
      </h3>
      <div className="stats__grid">
        <div>
          <BarChart
            {...common}
            caption={t('console.stats.byHour')}
            rows={hours.map((h) => ({ key: h.hour, label: hourLabel(h.hour, i18n.language), count: h.count }))}
            testId="stats-hour"
          />
          {hours.length < stats.byHour.length && <p className="field__hint">{t('console.stats.lastHours', { count: MAX_HOURS })}</p>}
        </div>
        <BarChart
          {...common}
          caption={t('console.stats.byOrganization')}
          rows={stats.byOrganization.map((o) => ({ key: o.id, label: o.name, count: o.count }))}
          testId="stats-organization"
        />
        <BarChart
          {...common}
          caption={t('console.stats.byLanguage')}
          rows={stats.byLanguage.map((l) => ({ key: l.language, label: languageLabel(l.language, uiLanguage), count: l.count }))}
          testId="stats-language"
        />
      </div>
    </section>
  );
}
