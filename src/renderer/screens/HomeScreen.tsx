import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../api/client';
import { CATEGORIES } from '../../common/constants';
import type { Category } from '../../common/content';
import { Icon, type IconName } from '../components/Icon';
import { TopBar } from '../components/TopBar';
import { useKiosk, useVisibleContent } from '../state/kiosk';
import { useNavigation, type Route } from '../state/navigation';
import '../components/call-station.css';

interface Way {
  key: Category | 'call' | 'signup';
  icon: IconName;
  route: Route;
  count?: number;
}

/** "N calls made at this event", read each time the home screen opens; nothing while there are none or it is off. */
function CallsMade() {
  const { t } = useTranslation();
  const [total, setTotal] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    call('calls.count', {})
      .then((count) => live && setTotal(count.total))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);
  if (!total) return null;
  return (
    <p className="home-calls" data-testid="home-calls">
      <Icon name="call" size={32} />
      {t('home.callsMade', { count: total })}
    </p>
  );
}

/** The ways to help, as big cards. */
export function HomeScreen() {
  const { t } = useTranslation();
  const { event } = useKiosk();
  const { organizations, scripts } = useVisibleContent();
  const { go } = useNavigation();
  const count = (category: Category) => organizations.filter((o) => o.categories.includes(category)).length;
  const ways: Way[] = CATEGORIES.map((category) => ({
    key: category,
    icon: category,
    route: { name: 'browse' as const, category },
    count: count(category),
  })).filter((way) => way.count > 0);
  if (scripts.length > 0) ways.push({ key: 'call', icon: 'call', route: { name: 'calls' } });
  if (event.signupMode !== 'browse-only') ways.push({ key: 'signup', icon: 'signup', route: { name: 'signup' } });
  return (
    <div className="screen">
      <TopBar />
      <main>
        <h1>{t('home.heading')}</h1>
        <CallsMade />
        <div className="ways">
          {ways.map((way) => (
            <button key={way.key} type="button" className="way" onClick={() => go(way.route)} data-testid={`way-${way.key}`}>
              <Icon name={way.icon} size={64} />
              <span className="way__title">{t(`home.ways.${way.key}.title`)}</span>
              <span className="way__text">{t(`home.ways.${way.key}.text`)}</span>
              {way.count !== undefined && <span className="way__count">{t('home.organizations', { count: way.count })}</span>}
            </button>
          ))}
        </div>
      </main>
    </div>
  );
}
