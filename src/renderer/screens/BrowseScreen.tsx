import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONS } from '../../common/constants';
import type { Category, Region } from '../../common/content';
import { OrganizationCard } from '../components/OrganizationCard';
import { TopBar } from '../components/TopBar';
import { useKiosk, useVisibleContent } from '../state/kiosk';
import { useNavigation } from '../state/navigation';

/** Organizations for one way to help, filterable by region; featured ones and the event's region come first. */
export function BrowseScreen({ category }: { category: Category }) {
  const { t } = useTranslation();
  const { event } = useKiosk();
  const { organizations } = useVisibleContent();
  const { go } = useNavigation();
  const [region, setRegion] = useState<Region | 'all'>('all');

  const inCategory = useMemo(() => organizations.filter((o) => o.categories.includes(category)), [organizations, category]);
  const regions = useMemo(() => {
    const present = REGIONS.filter((r) => inCategory.some((o) => o.regions.includes(r)));
    return [...present.filter((r) => r === event.region), ...present.filter((r) => r !== event.region)];
  }, [inCategory, event.region]);
  // Already featured first, then the event's region, then nationwide (useVisibleContent).
  const shown = inCategory.filter((o) => region === 'all' || o.regions.includes(region));

  return (
    <div className="screen">
      <TopBar />
      <main>
        <h1>{t(`browse.heading.${category}`)}</h1>
        <div className="chips" role="group" aria-label={t('browse.filterLabel')}>
          {(['all', ...regions] as const).map((r) => (
            <button
              key={r}
              type="button"
              className={`chip${region === r ? ' chip--on' : ''}`}
              aria-pressed={region === r}
              onClick={() => setRegion(r)}
              data-testid={`region-${r}`}
            >
              {r === 'all' ? t('browse.allRegions') : t(`regions.${r}`)}
            </button>
          ))}
        </div>
        <p className="count" aria-live="polite">
          {t('home.organizations', { count: shown.length })}
        </p>
        <div className="card-grid">
          {shown.map((org) => (
            <OrganizationCard key={org.id} organization={org} onOpen={() => go({ name: 'organization', id: org.id })} />
          ))}
        </div>
      </main>
    </div>
  );
}
