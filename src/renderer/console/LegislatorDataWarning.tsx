import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InfoResult } from '../../common/legislators';
import { formatDate } from '../i18n';
import { Notice } from './Notice';
import { useLanguage } from '../i18n/language';

const PARTS = ['congress', 'maLegislature'] as const;

/** Whether the organizer must be told: a part ends within 30 days, or has ended. */
export function dataNeedsRefresh(info: InfoResult | null): boolean {
  return Boolean(info && PARTS.some((part) => info.validity[part].status !== 'valid'));
}

/**
 * From 30 days before the legislator data ends, and louder once it has: which part, since when,
 * what the kiosk tells callers, and (as `children`) the one step to fresh data.
 */
export function LegislatorDataWarning({ info, children, testId }: { info: InfoResult | null; children: ReactNode; testId: string }) {
  const { t } = useTranslation();
  const language = useLanguage();
  if (!info || !dataNeedsRefresh(info)) return null;
  const parts = PARTS.map((part) => ({ part, ...info.validity[part] })).filter((p) => p.status !== 'valid');
  const expired = parts.some((p) => p.status === 'expired');
  return (
    <Notice kind={expired ? 'error' : 'warning'} testId={testId}>
      <p>{t(expired ? 'console.legislators.validity.expiredHeading' : 'console.legislators.validity.expiringHeading')}</p>
      <ul className="banner__detail">
        {parts.map((p) => (
          <li key={p.part} data-testid={`validity-${p.part}`} data-status={p.status}>
            {t(`console.legislators.validity.${p.status === 'expired' ? 'expired' : 'expiring'}.${p.part}`, { date: formatDate(p.validUntil, language) })}
          </li>
        ))}
      </ul>
      {expired && <p className="banner__detail">{t('console.legislators.validity.kioskSays')}</p>}
      <p className="banner__detail">{t('console.legislators.validity.whatToDo')}</p>
      <div className="actions">{children}</div>
    </Notice>
  );
}
