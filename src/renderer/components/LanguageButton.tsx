import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { languageName, type Language } from '../../common/languages';
import { useKiosk } from '../state/kiosk';
import { Icon } from './Icon';

/**
 * Always one tap away. With two languages on offer it switches to the other one (its own name on
 * the button); with more it opens the list of them, each in its own name.
 */
export function LanguageButton() {
  const { t, i18n } = useTranslation();
  const { language, setLanguage, event } = useKiosk();
  const [open, setOpen] = useState(false);
  // The console may show a language the event no longer offers: it stays in the list.
  const offered = event.languages.includes(language) ? event.languages : [language, ...event.languages];
  const other = offered.length === 2 ? offered.find((l) => l !== language) : undefined;
  if (other) {
    return (
      <button
        type="button"
        className="button button--outline language-button"
        lang={other}
        aria-label={i18n.getFixedT(other)('language.switchHere')}
        data-testid="language-button"
        onClick={() => setLanguage(other)}
      >
        <Icon name="globe" size={28} />
        {languageName(other)}
      </button>
    );
  }
  return (
    <>
      <button type="button" className="button button--outline language-button" aria-haspopup="dialog" data-testid="language-button" onClick={() => setOpen(true)}>
        <Icon name="globe" size={28} />
        {t('language.choose')}
      </button>
      {open && (
        <LanguageMenu
          languages={offered}
          current={language}
          onChoose={(next) => {
            setOpen(false);
            setLanguage(next);
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  );
}

function LanguageMenu(props: { languages: readonly Language[]; current: Language; onChoose(language: Language): void; onClose(): void }) {
  const { t } = useTranslation();
  const first = useRef<HTMLButtonElement>(null);
  const { onClose } = props;
  useEffect(() => {
    first.current?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);
  return (
    <div className="overlay" role="dialog" aria-modal="true" aria-labelledby="language-menu-title" data-testid="language-menu">
      <div className="dialog language-menu">
        <h2 id="language-menu-title">{t('language.choose')}</h2>
        <ul className="language-menu__list">
          {props.languages.map((language, i) => (
            <li key={language}>
              <button
                ref={i === 0 ? first : undefined}
                type="button"
                className={`button button--large button--block${language === props.current ? '' : ' button--outline'}`}
                lang={language}
                aria-current={language === props.current ? 'true' : undefined}
                onClick={() => props.onChoose(language)}
                data-testid={`language-option-${language}`}
              >
                {languageName(language)}
              </button>
            </li>
          ))}
        </ul>
        <div className="dialog__actions">
          <button type="button" className="button button--quiet" onClick={onClose} data-testid="language-menu-close">
            {t('language.close')}
          </button>
        </div>
      </div>
    </div>
  );
}
