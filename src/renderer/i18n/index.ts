/** The kiosk's message catalogs (English and Spanish); every visible string comes from here. */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../common/content';
import { catalogs } from './catalogs';

export function setUpI18n(language: Language) {
  void i18next.use(initReactI18next).init({
    resources: { en: { translation: catalogs.en }, es: { translation: catalogs.es } },
    lng: language,
    fallbackLng: false,
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

/** A local time of day (HH:MM) as people read it in `language`: "2:00 PM", "2:00 p.m.". */
export function formatTime(time: string, language: Language): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, 0, 1, hours, minutes)),
  );
}

/** Dates are stored as YYYY-MM-DD; show them as a person would write them, in their language. */
export function formatDate(isoDate: string, language: Language): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return new Intl.DateTimeFormat(language === 'es' ? 'es-US' : 'en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}
