/**
 * Reviewers' corrections (imported in the console, kept by core) laid over the shipped catalogs.
 * Each language's shipped bundle goes back first, so that a correction since withdrawn is gone.
 */
import i18next from 'i18next';
import { unflatten } from '../../common/catalog';
import { LANGUAGES } from '../../common/languages';
import type { TranslationsResult } from '../../common/translations';
import { bundleKey } from './catalogs';
import { shippedBundle } from './index';

export function applyCorrections({ corrections }: TranslationsResult): void {
  for (const language of LANGUAGES) {
    i18next.addResourceBundle(language, 'translation', shippedBundle(language), true, true);
    const entries = Object.entries(corrections[language] ?? {}).flatMap(([catalog, texts]) =>
      Object.entries(texts).map(([key, text]): [string, string] => [bundleKey(catalog as Parameters<typeof bundleKey>[0], key), text]),
    );
    if (entries.length > 0) i18next.addResourceBundle(language, 'translation', unflatten(entries), true, true);
  }
  // Screens re-render with the new words.
  void i18next.changeLanguage(i18next.language);
}
