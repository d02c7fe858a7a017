import { useTranslation } from 'react-i18next';
import { useKiosk } from '../state/kiosk';
import { Icon } from './Icon';

/** Always one tap away: switches between English and Spanish. */
export function LanguageButton() {
  const { t } = useTranslation();
  const { language, setLanguage } = useKiosk();
  const other = language === 'en' ? 'es' : 'en';
  return (
    <button
      type="button"
      className="button button--outline language-button"
      lang={other}
      aria-label={t('language.switchLabel')}
      data-testid="language-button"
      onClick={() => setLanguage(other)}
    >
      <Icon name="globe" size={28} />
      {t('language.switch')}
    </button>
  );
}
