import { useTranslation } from 'react-i18next';
import type { Language } from '../../common/content';
import { LANGUAGES } from '../../common/constants';
import { eventNameIn } from '../../common/event';
import { formatDate, formatTime } from '../i18n';
import { useKiosk } from '../state/kiosk';
import { useNavigation } from '../state/navigation';
import { OrganizerCorner } from '../components/OrganizerCorner';

/** The idle face of the kiosk: the event, and one big invitation in both languages. */
export function AttractScreen({ onOrganizer }: { onOrganizer(): void }) {
  const { t, i18n } = useTranslation();
  const { event, content, setLanguage } = useKiosk();
  const { go } = useNavigation();
  const start = (language?: Language) => {
    if (language) setLanguage(language);
    go({ name: 'home' });
  };
  const language: Language = i18n.language === 'es' ? 'es' : 'en';
  const when = [event.date && formatDate(event.date, language), event.startTime && formatTime(event.startTime, language), event.place].filter(Boolean).join(' · ');
  // The event's name in the screen's language, and in the other languages where it differs.
  const name = eventNameIn(event, language);
  const otherNames = [...new Set(LANGUAGES.filter((l) => l !== language).map((l) => eventNameIn(event, l)))].filter((n) => n !== name);
  return (
    <main className="attract" data-testid="attract">
      <OrganizerCorner onOpen={onOrganizer} />
      <button type="button" className="attract__start" onClick={() => start()} data-testid="start">
        <span className="attract__event" data-testid="attract-event">
          {name}
        </span>
        {otherNames.map((other) => (
          <span key={other} className="attract__event-other">
            {other}
          </span>
        ))}
        {when && <span className="attract__when">{when}</span>}
        {content.title[language] !== name && (
          <span className="attract__title" lang={language}>
            {content.title[language]}
          </span>
        )}
        <span className="attract__touch">
          <span lang="en">{t('attract.touch', { lng: 'en' })}</span>
          <span lang="es">{t('attract.touch', { lng: 'es' })}</span>
        </span>
      </button>
      <div className="attract__languages" role="group" aria-label={t('attract.chooseLanguage')}>
        <button type="button" className="button button--large" lang="en" onClick={() => start('en')} data-testid="start-en">
          English
        </button>
        <button type="button" className="button button--large" lang="es" onClick={() => start('es')} data-testid="start-es">
          Español
        </button>
      </div>
    </main>
  );
}
