import consoleEn from './console.en.json';
import consoleEs from './console.es.json';
import kioskEn from './en.json';
import kioskEs from './es.json';

/** One catalog per language: the kiosk's texts, and the organizer console's under `console`. */
export const catalogs = {
  en: { ...kioskEn, console: consoleEn },
  es: { ...kioskEs, console: consoleEs },
} as const;
