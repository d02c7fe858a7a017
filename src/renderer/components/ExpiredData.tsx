import { useTranslation } from 'react-i18next';
import type { CallScript } from '../../common/content';
import type { InfoResult } from '../../common/legislators';
import { formatDate } from '../i18n';
import { useKiosk } from '../state/kiosk';

const PART = { 'us-congress': 'congress', 'ma-legislature': 'maLegislature' } as const;

/**
 * Said plainly once the legislature the data describes has ended: the people listed may no longer
 * be the visitor's legislators, so ask a volunteer. Before that day the kiosk says nothing (the
 * console warns the organizer from 30 days before).
 */
export function ExpiredData({ info, targets }: { info: InfoResult | null; targets: CallScript['target'][] }) {
  const { t } = useTranslation();
  const { language } = useKiosk();
  if (!info) return null;
  const expired = [...new Set(targets)].map((target) => ({ target, ...info.validity[PART[target]] })).filter((part) => part.status === 'expired');
  if (expired.length === 0) return null;
  return (
    <div className="banner banner--warning expired-data" role="status" data-testid="legislators-expired">
      <p>{t('callStation.expired.heading')}</p>
      {expired.map((part) => (
        <p key={part.target} className="banner__detail">
          {t(`callStation.expired.${part.target}`, { date: formatDate(part.validUntil, language) })}
        </p>
      ))}
      <p className="banner__detail">{t('callStation.expired.askVolunteer')}</p>
    </div>
  );
}
