import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon';
import { useCountdown } from '../state/idle';
import { useVisibleContent } from '../state/kiosk';
import { useNavigation, type SavedSignup } from '../state/navigation';

const SECONDS_ON_SCREEN = 12;

/**
 * Confirms what was saved and offers the next step (calling their legislators), then hands the
 * kiosk to the next person.
 */
export function ThanksScreen({ saved, onDone }: { saved: SavedSignup; onDone(): void }) {
  const { t } = useTranslation();
  const { scripts } = useVisibleContent();
  const { go } = useNavigation();
  const left = useCountdown(SECONDS_ON_SCREEN, onDone);
  const channels = [saved.email && t('thanks.byEmail'), saved.sms && t('thanks.byText')].filter(Boolean).join(t('thanks.and'));
  return (
    <main className="thanks" data-testid="thanks">
      <Icon name="check" size={120} />
      <h1>{t('thanks.heading', { name: saved.firstName })}</h1>
      <p className="lead">{t('thanks.saved')}</p>
      <ul className="thanks__details">
        <li>{channels ? t('thanks.contactBy', { channels }) : t('thanks.noContact')}</li>
        {saved.organizationNames.length > 0 ? (
          <li>
            {t('thanks.sharedWith')} <strong lang="en">{saved.organizationNames.join(', ')}</strong>
          </li>
        ) : (
          <li>{t('thanks.notShared')}</li>
        )}
      </ul>
      {scripts.length > 0 && (
        <div className="thanks__next">
          <p className="lead">{t('thanks.nextStep')}</p>
          <button type="button" className="button button--large" onClick={() => go({ name: 'calls' })} data-testid="thanks-call">
            <Icon name="call" size={36} />
            {t('home.ways.call.title')}
          </button>
        </div>
      )}
      <button type="button" className="button button--large button--outline" onClick={onDone} data-testid="done">
        {t('thanks.done', { count: left })}
      </button>
    </main>
  );
}
