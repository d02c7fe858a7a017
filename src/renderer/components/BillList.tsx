import { useTranslation } from 'react-i18next';
import type { Bill } from '../../common/content';
import { billNumbers } from '../../common/script';
import { formatDate } from '../i18n';
import { useKiosk } from '../state/kiosk';
import { Localized, usePick } from '../i18n/language';

/** The bills a script names: current numbers with their date, and the seed's old numbers marked stale. */
export function BillList({ bills }: { bills: Bill[] }) {
  const { t } = useTranslation();
  const { language } = useKiosk();
  const pick = usePick();
  return (
    <ul className="bills" data-testid="bills">
      {bills.map((bill) => (
        <li key={bill.id} className="bill">
          <p className="bill__name">
            <strong lang="en">{bill.name}</strong>: {billNumbers(bill)}{' '}
            <Localized className="bill__session" text={bill.current.session}>
              {(session) => `(${session})`}
            </Localized>
          </p>
          {bill.current.status && <Localized as="p" text={bill.current.status} />}
          <p className="bill__asof">{t('script.billAsOf', { date: formatDate(bill.asOf, language) })}</p>
          <p className="bill__stale" data-testid="stale-bill">
            <span className="badge">{t('script.staleBadge')}</span>{' '}
            {t('script.staleNumbers', { numbers: bill.original.numbers.join(' / '), session: pick(bill.original.session).text })}
          </p>
        </li>
      ))}
    </ul>
  );
}
