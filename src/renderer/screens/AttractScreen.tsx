import { useTranslation } from 'react-i18next';
import { languageName, type Language } from '../../common/languages';
import { eventNameIn } from '../../common/event';
import { textIn } from '../../common/localized';
import { formatDate, formatTime } from '../i18n';
import { useKiosk } from '../state/kiosk';
import { useNavigation } from '../state/navigation';
import { OrganizerCorner } from '../components/OrganizerCorner';

/**
 * The idle face of the kiosk: the event, one big invitation in every language the event offers
 * (the default one first and largest), and a button per language, each in its own name.
 */
export function AttractScreen({ onOrganizer }: { onOrganizer(): void }) {
  const { t } = useTranslation();
  const { event, content, setLanguage } = useKiosk();
  const { go } = useNavigation();
  const start = (language?: Language) => {
    if (language) setLanguage(language);
    go({ name: 'home' });
  };
  const first = event.defaultLanguage;
  const invitations = [first, ...event.languages.filter((l) => l !== first)];
  const title = textIn(content.title, first);
  const when = [event.date && formatDate(event.date, first), event.startTime && formatTime(event.startTime, first), event.place].filter(Boolean).join(' · ');
  // The event's name in the default language, and in the other languages offered where it differs.
  const name = eventNameIn(event, first);
  const otherNames = [...new Set(event.languages.filter((l) => l !== first).map((l) => eventNameIn(event, l)))].filter((n) => n !== name);
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
        {when && (
          <span className="attract__when" lang={first}>
            {when}
          </span>
        )}
        {title.text !== name && (
          <span className="attract__title" lang={title.language}>
            {title.text}
          </span>
        )}
        <span className="attract__touch">
          {invitations.map((language) => (
            <span key={language} lang={language}>
              {t('attract.touch', { lng: language })}
            </span>
          ))}
        </span>
      </button>
      <div className="attract__languages" role="group" aria-label={t('attract.chooseLanguage', { lng: first })}>
        {event.languages.map((language) => (
          <button key={language} type="button" className="button button--large" lang={language} onClick={() => start(language)} data-testid={`start-${language}`}>
            {languageName(language)}
          </button>
        ))}
      </div>
    </main>
  );
}
