import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallScript } from '../../common/content';
import { BillList } from './BillList';
import { Localized } from '../i18n/language';

/**
 * The long intro and the bill details, folded: the caller comes for the script, and the script
 * should follow the choice of legislator without scrolling past them.
 */
export function MoreAboutBills({ script }: { script: CallScript }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <section className="more-about" aria-labelledby={`${id}-toggle`}>
      <button
        id={`${id}-toggle`}
        type="button"
        className="button button--outline more-about__toggle"
        aria-expanded={open}
        aria-controls={`${id}-body`}
        onClick={() => setOpen((on) => !on)}
        data-testid="more-about-bills"
      >
        <span aria-hidden="true" className="more-about__sign">
          {open ? '−' : '+'}
        </span>
        {t('script.moreAboutBills')}
      </button>
      <div id={`${id}-body`} className="more-about__body" hidden={!open} data-testid="more-about-body">
        <Localized as="p" className="lead" text={script.intro} />
        <h2>{t('script.bills')}</h2>
        <BillList bills={script.bills} />
      </div>
    </section>
  );
}
