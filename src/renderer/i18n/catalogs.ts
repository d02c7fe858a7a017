import consoleEn from './console.en.json';
import consoleEs from './console.es.json';
import kioskEn from './en.json';
import kioskEs from './es.json';
import printEn from './print.en.json';
import printEs from './print.es.json';
import vaultEn from './vault.en.json';
import vaultEs from './vault.es.json';
import syncEn from './sync.en.json';
import syncEs from './sync.es.json';

/** One catalog per language: the kiosk's texts, and the organizer console's under `console` (printing under `console.print`, the data key under `console.vault`). */
export const catalogs = {
  en: { ...kioskEn, console: { ...consoleEn, print: printEn, vault: vaultEn, sync: syncEn } },
  es: { ...kioskEs, console: { ...consoleEs, print: printEs, vault: vaultEs, sync: syncEs } },
} as const;
