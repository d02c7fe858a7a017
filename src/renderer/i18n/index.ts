/** The kiosk's message catalogs, one bundle per language; every visible string comes from here. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { formatCalendarDate } from '../../common/dates';
import { LANGUAGES, SOURCE_LANGUAGE, type Language } from '../../common/languages';
import { catalogs } from './catalogs';
import { pseudoCatalog, pseudoLocaleOn } from './pseudo';

/** A language's shipped catalogs; the pseudo-locale stands in for English (see pseudo.ts). */
export function shippedBundle(code: Language) {
  return code === SOURCE_LANGUAGE && pseudoLocaleOn() ? pseudoCatalog(catalogs[code]) : catalogs[code];
}

export function setUpI18n(language: Language) {
  void i18next.use(initReactI18next).init({
    resources: Object.fromEntries(LANGUAGES.map((code) => [code, { translation: shippedBundle(code) }])),
    lng: language,
    // A key added after a translation was made shows in English until it is translated (the
    // catalog test names such keys, so none ships that way).
    fallbackLng: SOURCE_LANGUAGE,
    load: 'currentOnly',
    interpolation: { escapeValue: false }, // React escapes already.
    returnNull: false,
    initAsync: false,
  });
  return i18next;
}

export function changeLanguage(language: Language): void {
  void i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

export { formatTimeOfDay as formatTime } from '../../common/dates';

/** Dates are stored as YYYY-MM-DD; show them as a person would write them, in their language. */
export function formatDate(isoDate: string, language: Language): string {
  return formatCalendarDate(isoDate, language);
}
