/**
 * What the organizer's search matches. Names, email and ZIP are folded to lower case without
 * accents and stored beside each sign-up (`signups.search_key`), so "jose" finds "José", "nunez"
 * finds "Núñez" and "maria" finds the first name "Ana María": SQLite's own LIKE only ignores the
 * case of ASCII letters.
 */
import type Database from 'better-sqlite3';

/** Lower case, accents and other combining marks removed, compatibility forms unified. */
export function foldForSearch(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
}

/** The words a sign-up can be found by, space-separated. */
export function searchKey(...fields: (string | null | undefined)[]): string {
  return fields
    .filter((field): field is string => typeof field === 'string' && field.trim() !== '')
    .map((field) => foldForSearch(field.trim()))
    .join(' ');
}

/** SQL name of searchKey(), for migrations that fill keys of existing rows. */
export const SEARCH_KEY_SQL_FUNCTION = 'fold_search_key';

/** Registered on every connection the store opens (see db/open.ts). */
export function registerSearchKey(db: Database.Database): void {
  db.function(SEARCH_KEY_SQL_FUNCTION, { deterministic: true, varargs: true }, (...fields: unknown[]) =>
    searchKey(...fields.map((field) => (typeof field === 'string' ? field : null))),
  );
}
