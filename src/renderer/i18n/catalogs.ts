/**
 * The screens' catalogs of every language (src/locales/<code>/{kiosk,console,print,vault,sync}.json,
 * found by file name: a new language folder needs no import here). One bundle per language: the
 * kiosk's texts, and the organizer console's under `console` (printing under `console.print`, the
 * data key under `console.vault`, the kiosks of an event under `console.sync`).
 */
import type { Catalog } from '../../common/catalog';
import { LANGUAGES, type Language } from '../../common/languages';

const files = import.meta.glob<Catalog>('../../locales/*/{kiosk,console,print,vault,sync}.json', { eager: true, import: 'default' });

function bundle(language: Language): Catalog {
  const part = (name: string): Catalog => files[`../../locales/${language}/${name}.json`] ?? {};
  return { ...part('kiosk'), console: { ...part('console'), print: part('print'), vault: part('vault'), sync: part('sync') } };
}

export const catalogs = Object.fromEntries(LANGUAGES.map((language) => [language, bundle(language)])) as Record<Language, Catalog>;

/** Where a screen catalog's key lives in a bundle: console keys sit under "console.". */
export function bundleKey(catalog: 'kiosk' | 'console' | 'print' | 'vault' | 'sync', key: string): string {
  return catalog === 'kiosk' ? key : catalog === 'console' ? `console.${key}` : `console.${catalog}.${key}`;
}
