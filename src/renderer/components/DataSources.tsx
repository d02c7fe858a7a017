import { useTranslation } from 'react-i18next';
import type { InfoResult } from '../../common/legislators';
import { formatDate } from '../i18n';
import { useKiosk } from '../state/kiosk';

/** Where the legislator data comes from, with the credits its licenses require (GeoNames: CC BY 4.0). */
export function DataSources({ info }: { info: InfoResult | null }) {
  const { t } = useTranslation();
  const { content, language } = useKiosk();
  return (
    <section className="sources" aria-labelledby="data-sources" data-testid="data-sources">
      <h2 id="data-sources">{t('sources.heading')}</h2>
      <p>{t('sources.content', { date: formatDate(content.asOf, language) })}</p>
      <ul>
        {(info?.attributions ?? []).map((line) => (
          <li key={line} lang="en">
            {line}
          </li>
        ))}
      </ul>
    </section>
  );
}
