/**
 * Every language's catalogs as core reads them (src/locales/<code>/<name>.json, found by file
 * name: a new language folder needs no import here), with the reviewers' corrections on top.
 *
 * Corrections live in the database (corrections.ts) and are installed here when a core opens
 * and whenever they change. They are process-wide, like the fonts: one kiosk process serves one
 * database, and `say()` is called from deep inside core where no database is at hand.
 */
import { flatten, type Catalog, type CatalogName } from '../../common/catalog';
import { SOURCE_LANGUAGE, type Language } from '../../common/languages';
import type { TranslationReview } from '../../common/content';

const files = import.meta.glob<Catalog>('../../locales/*/*.json', { eager: true, import: 'default' });

function file(language: Language, name: string): unknown {
  return files[`../../locales/${language}/${name}.json`];
}

const flat = new Map<string, Map<string, string>>();

/** The shipped catalog as flat keys; empty when the language has no such file (yet). */
export function shippedCatalog(language: Language, name: CatalogName): Map<string, string> {
  const id = `${language}/${name}`;
  let entries = flat.get(id);
  if (!entries) {
    const catalog = file(language, name);
    entries = catalog ? flatten(catalog as Catalog) : new Map();
    flat.set(id, entries);
  }
  return entries;
}

/** The texts of the default content pack in a language other than English and Spanish (flat keys). */
export function shippedPackTexts(language: Language): Record<string, string> | undefined {
  return file(language, 'pack') as Record<string, string> | undefined;
}

/** What a language folder's review.json says about each catalog (and about the default pack). */
export interface LanguageReview {
  note?: string;
  catalogs: Partial<Record<CatalogName | 'pack', TranslationReview>>;
}

export function shippedReview(language: Language): LanguageReview | undefined {
  return file(language, 'review') as LanguageReview | undefined;
}

type CorrectionMap = Map<string, string>;
let corrections: CorrectionMap = new Map();
const correctionId = (language: Language, name: CatalogName, key: string) => `${language}/${name}/${key}`;

/** Installs the corrections a database holds (replacing those of any database before). */
export function setCorrections(rows: readonly { language: Language; catalog: CatalogName; key: string; text: string }[]): void {
  corrections = new Map(rows.map((row) => [correctionId(row.language, row.catalog, row.key), row.text]));
}

/**
 * A catalog's text in `language`: a reviewer's correction, else the shipped translation, else
 * English (a key added since the translation was made), else the key itself.
 */
export function catalogText(name: CatalogName, language: Language, key: string): string {
  return (
    corrections.get(correctionId(language, name, key)) ??
    shippedCatalog(language, name).get(key) ??
    shippedCatalog(SOURCE_LANGUAGE, name).get(key) ??
    key
  );
}

