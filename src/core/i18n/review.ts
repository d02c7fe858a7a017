/**
 * `translations.*`: the review status of every language, the review file out, a reviewer's file
 * back in. Corrections to the catalogs go to the database (corrections.ts); corrections to the
 * content pack's texts make a new active pack, whose review status says what was reviewed.
 */
import type Database from 'better-sqlite3';
import { CATALOG_NAMES, type CatalogName } from '../../common/catalog';
import { ContentPack, type TranslationReview } from '../../common/content';
import { LANGUAGES, SOURCE_LANGUAGE, type Language } from '../../common/languages';
import { withTranslations } from '../../common/pack-texts';
import type { ReviewFile, ReviewImportResult, TranslationStatus } from '../../common/translations';
import type { ContentStore } from '../content/store';
import { shippedCatalog, shippedReview } from './catalogs';
import { installCorrections, readCorrections, replaceCorrections, type Correction } from './corrections';
import { partStatuses, reviewEntries } from './review-entries';
import { readReviewFile, reviewFile, type ReviewedRow } from './review-file';

export interface ReviewDeps {
  db: Database.Database;
  content: ContentStore;
}

export function translationStatus({ db, content }: ReviewDeps): TranslationStatus {
  const corrections = readCorrections(db);
  return {
    languages: LANGUAGES.filter((language) => language !== SOURCE_LANGUAGE).map((language) => ({
      language,
      note: shippedReview(language)?.note ?? null,
      parts: partStatuses(reviewEntries(language, content.active(), corrections)),
    })),
  };
}

export function exportReview({ db, content }: ReviewDeps, language: Language, now: Date): ReviewFile {
  return reviewFile(language, reviewEntries(language, content.active(), readCorrections(db)), now);
}

/** The shipped text and status: a row equal to them needs no correction kept. */
function isShipped(language: Language, row: ReviewedRow): boolean {
  const review = shippedReview(language)?.catalogs[row.entry.part as CatalogName];
  const reviewed = review?.status === 'reviewed' || (review?.reviewedKeys?.includes(row.entry.key) ?? false);
  return shippedCatalog(language, row.entry.part as CatalogName).get(row.entry.key) === row.text && (row.status === 'reviewed') === reviewed;
}

function packReview(rows: readonly ReviewedRow[], before: TranslationReview | undefined): TranslationReview {
  const reviewedKeys = rows.filter((row) => row.status === 'reviewed').map((row) => row.entry.key);
  const note = before?.note ? { note: before.note } : {};
  return reviewedKeys.length === rows.length ? { status: 'reviewed', ...note } : { status: 'not-reviewed', reviewedKeys, ...note };
}

export function importReview({ db, content }: ReviewDeps, language: Language, csv: string, importedAt: string): ReviewImportResult {
  const pack = content.active();
  const entries = reviewEntries(language, pack, readCorrections(db));
  const rows = readReviewFile(csv, entries);
  const catalogs = CATALOG_NAMES.filter((catalog) => rows.some((row) => row.entry.part === catalog));
  const packRows = rows.filter((row) => row.entry.part === 'pack');
  const kept: Correction[] = rows
    .filter((row) => row.entry.part !== 'pack' && !isShipped(language, row))
    .map((row) => ({ language, catalog: row.entry.part as CatalogName, key: row.entry.key, text: row.text, status: row.status }));
  db.transaction(() => {
    replaceCorrections(db, language, catalogs, kept, importedAt);
    if (packRows.length > 0) {
      const texts = Object.fromEntries(packRows.map((row) => [row.entry.key, row.text]));
      const next = withTranslations(pack, language, texts).pack;
      next.review = { ...next.review, [language]: packReview(packRows, pack.review?.[language]) };
      content.replace(ContentPack.parse(next), importedAt);
    }
  })();
  installCorrections(db);
  return {
    changed: rows.filter((row) => row.text !== row.entry.translation).length,
    reviewed: rows.filter((row) => row.status === 'reviewed').length,
    parts: [...catalogs, ...(packRows.length > 0 ? (['pack'] as const) : [])],
  };
}
