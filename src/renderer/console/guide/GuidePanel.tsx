import { useTranslation } from 'react-i18next';
import { SOURCE_LANGUAGE } from '../../../common/languages';
import { languageLabel, listIn, useLanguage } from '../../i18n/language';
import { useKiosk } from '../../state/kiosk';
import { useOpenTab, type ConsoleTab } from '../console-nav';
import { usePrintChoices } from '../print/print-choices';
import { useVault } from '../vault/vault-state';
import './guide.css';

interface Step {
  id: 'key' | 'event' | 'organizations' | 'print';
  tab: ConsoleTab;
  done: boolean;
  /** What is still missing, or what is set, in a few words. */
  status: string;
}

/**
 * What to do before the event, in order, after the PIN: the data key, the event (its name in each
 * language, day, start time, place), the organizations, the printing. Each step says what is
 * still missing and opens its tab.
 */
export function GuidePanel() {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const open = useOpenTab();
  const { event } = useKiosk();
  const { status } = useVault();
  const { made } = usePrintChoices();
  // The name in the other languages the kiosk offers is asked for, not required: without it,
  // visitors reading them see the English name.
  const unnamed = listIn(event.languages.filter((l) => l !== SOURCE_LANGUAGE && !event.names[l]).map((l) => languageLabel(l, uiLanguage)), uiLanguage);
  const required = [
    ...(event.date ? [] : [t('console.guide.missing.date')]),
    ...(event.startTime ? [] : [t('console.guide.missing.startTime')]),
    ...(event.place ? [] : [t('console.guide.missing.place')]),
  ];
  const missing = [...(unnamed && required.length > 0 ? [t('console.guide.missing.name', { language: unnamed })] : []), ...required];
  const eventDone = [t('console.guide.status.eventDone'), ...(unnamed ? [t('console.guide.status.namesInEnglish', { languages: unnamed })] : [])].join(' ');
  const keyMade = status ? status.state !== 'none' || status.sealingOff : false;
  const chosen = event.featuredOrganizations.length + event.hiddenOrganizations.length > 0;
  const printed = (['flyer', 'script', 'signup-sheet'] as const).filter((k) => made.has(k));
  const steps: Step[] = [
    { id: 'key', tab: 'vault', done: keyMade, status: keyMade ? t('console.guide.status.keyDone') : t('console.guide.status.keyMissing') },
    { id: 'event', tab: 'event', done: required.length === 0, status: required.length ? t('console.guide.status.missing', { list: missing.join(', ') }) : eventDone },
    {
      id: 'organizations',
      tab: 'content',
      done: chosen,
      status: t('console.guide.status.organizations', {
        featured: t('console.guide.status.featured', { count: event.featuredOrganizations.length }),
        hidden: t('console.guide.status.hidden', { count: event.hiddenOrganizations.length }),
      }),
    },
    {
      id: 'print',
      tab: 'print',
      done: printed.length === 3,
      status: printed.length ? t('console.guide.status.printed', { list: printed.map((k) => t(`console.print.kinds.${k}`)).join(', ') }) : t('console.guide.status.nothingPrinted'),
    },
  ];
  const next = steps.find((s) => !s.done);
  return (
    <section aria-labelledby="guide-heading" data-testid="guide">
      <h2 id="guide-heading">{t('console.guide.heading')}</h2>
      <p className="lead">{next ? t('console.guide.intro') : t('console.guide.allDone')}</p>
      <ol className="guide">
        {steps.map((step, i) => (
          <li key={step.id} className={`guide__step${step.done ? ' guide__step--done' : ''}${step === next ? ' guide__step--next' : ''}`} data-testid={`guide-${step.id}`} data-done={step.done}>
            <span className="guide__number" aria-hidden="true">
              {step.done ? '✓' : i + 1}
            </span>
            <span className="guide__text">
              <strong>{t(`console.guide.steps.${step.id}.title`)}</strong>
              <span>{t(`console.guide.steps.${step.id}.text`)}</span>
              <span className="guide__status">{step.status}</span>
            </span>
            <button type="button" className={`button${step === next ? '' : ' button--outline'}`} onClick={() => open(step.tab)} data-testid={`guide-open-${step.id}`}>
              {t(`console.guide.steps.${step.id}.open`)}
            </button>
          </li>
        ))}
      </ol>
      <p className="field__hint">{t('console.guide.tryIt')}</p>
    </section>
  );
}
