import { useTranslation } from 'react-i18next';
import { useNavigation } from '../state/navigation';
import { Icon } from './Icon';
import { LanguageButton } from './LanguageButton';

/** Back, start over and language: the same three controls, in the same place, on every screen. */
export function TopBar() {
  const { t } = useTranslation();
  const { canGoBack, back, replace } = useNavigation();
  return (
    <header className="topbar">
      <nav className="topbar__nav" aria-label={t('nav.label')}>
        {canGoBack && (
          <button type="button" className="button button--quiet" onClick={back} data-testid="back">
            <Icon name="back" size={28} />
            {t('nav.back')}
          </button>
        )}
        <button type="button" className="button button--quiet" onClick={() => replace({ name: 'home' })} data-testid="home">
          <Icon name="home" size={28} />
          {t('nav.home')}
        </button>
      </nav>
      <LanguageButton />
    </header>
  );
}
