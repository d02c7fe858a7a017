import consoleEn from './console.en.json';
import consoleEs from './console.es.json';
import kioskEn from './en.json';
import kioskEs from './es.json';
import printEn from './print.en.json';
import printEs from './print.es.json';

/** One catalog per language: the kiosk's texts, and the organizer console's under `console` (printing under `console.print`). */
export const catalogs = {
  en: { ...kioskEn, console: { ...consoleEn, print: printEn } },
  es: { ...kioskEs, console: { ...consoleEs, print: printEs } },
} as const;
