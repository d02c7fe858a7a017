/**
 * The reviewers' corrections in the database (table translation_corrections, migration 007): read
 * for the screens (`translations.get`), installed for core's own sentences and documents
 * (catalogs.ts), and replaced when a review file is imported.
 */
import type Database from 'better-sqlite3';
import { isCatalogName, SCREEN_CATALOGS, type CatalogName } from '../../common/catalog';
import type { ReviewStatus } from '../../common/content';
import { isLanguage, type Language } from '../../common/languages';
import type { TranslationsResult } from '../../common/translations';
import { setCorrections } from './catalogs';

export interface Correction {
  language: Language;
  catalog: CatalogName;
  key: string;
  text: string;
  status: ReviewStatus;
}

/** Every correction this app still knows the language and catalog of. */
export function readCorrections(db: Database.Database): Correction[] {
  const rows = db.prepare('SELECT language, catalog, key, text, status FROM translation_corrections ORDER BY language, catalog, key').all() as {
    language: string;
    catalog: string;
    key: string;
    text: string;
    status: ReviewStatus;
  }[];
  return rows.filter((row): row is Correction => isLanguage(row.language) && isCatalogName(row.catalog));
}

/** Makes core's sentences and documents use this database's corrections. */
export function installCorrections(db: Database.Database): void {
  setCorrections(readCorrections(db));
}

/** The corrections to the screens' catalogs, for the renderer to lay over its own. */
export function screenCorrections(db: Database.Database): TranslationsResult {
  const corrections: TranslationsResult['corrections'] = {};
  const screens = new Set<string>(SCREEN_CATALOGS);
  for (const row of readCorrections(db)) {
    if (!screens.has(row.catalog)) continue;
    const catalogs = (corrections[row.language] ??= {});
    (catalogs[row.catalog as (typeof SCREEN_CATALOGS)[number]] ??= {})[row.key] = row.text;
  }
  return { corrections };
}

/** Replaces a language's corrections for the catalogs given: `rows` become the only ones. */
export function replaceCorrections(db: Database.Database, language: Language, catalogs: readonly CatalogName[], rows: readonly Correction[], at: string): void {
  const clear = db.prepare('DELETE FROM translation_corrections WHERE language = ? AND catalog = ?');
  const insert = db.prepare('INSERT INTO translation_corrections (language, catalog, key, text, status, imported_at) VALUES (?, ?, ?, ?, ?, ?)');
  db.transaction(() => {
    for (const catalog of catalogs) clear.run(language, catalog);
    for (const row of rows) insert.run(row.language, row.catalog, row.key, row.text, row.status, at);
  })();
}
