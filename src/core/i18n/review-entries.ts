/**
 * Every text of a language, side by side with its English source and whether a native speaker
 * reviewed it: the shipped catalogs with the reviewers' corrections on top, and the active
 * content pack. One list feeds the console's review status and the review file.
 */
import { CATALOG_NAMES, type CatalogName } from '../../common/catalog';
import type { ContentPack, ReviewStatus, TranslationReview } from '../../common/content';
import { SOURCE_LANGUAGE, type Language } from '../../common/languages';
import { packTexts } from '../../common/pack-texts';
import type { PartStatus, ReviewPart } from '../../common/translations';
import { shippedCatalog, shippedReview } from './catalogs';
import type { Correction } from './corrections';

export type EntryStatus = ReviewStatus | 'missing';

export interface ReviewEntry {
  part: ReviewPart;
  key: string;
  english: string;
  /** Undefined when the language has none: the English text is shown instead. */
  translation: string | undefined;
  status: EntryStatus;
}

function isReviewed(review: TranslationReview | undefined, key: string): boolean {
  return review?.status === 'reviewed' || (review?.reviewedKeys?.includes(key) ?? false);
}

function catalogEntries(language: Language, catalog: CatalogName, corrections: Map<string, Correction>): ReviewEntry[] {
  const shipped = shippedCatalog(language, catalog);
  const review = shippedReview(language)?.catalogs[catalog];
  return [...shippedCatalog(SOURCE_LANGUAGE, catalog)].map(([key, english]) => {
    const corrected = corrections.get(`${catalog}/${key}`);
    const translation = corrected?.text ?? shipped.get(key);
    const status: EntryStatus = translation === undefined ? 'missing' : (corrected?.status ?? (isReviewed(review, key) ? 'reviewed' : 'not-reviewed'));
    return { part: catalog, key, english, translation, status };
  });
}

function packEntries(language: Language, pack: ContentPack): ReviewEntry[] {
  const review = pack.review?.[language];
  return packTexts(pack).map(({ key, text }) => {
    const translation = text[language];
    return { part: 'pack', key, english: text.en, translation, status: translation === undefined ? 'missing' : isReviewed(review, key) ? 'reviewed' : 'not-reviewed' };
  });
}

/** Every text of `language`, catalogs first (in their files' order), then the pack's. */
export function reviewEntries(language: Language, pack: ContentPack, corrections: readonly Correction[]): ReviewEntry[] {
  const mine = new Map(corrections.filter((c) => c.language === language).map((c) => [`${c.catalog}/${c.key}`, c]));
  return [...CATALOG_NAMES.flatMap((catalog) => catalogEntries(language, catalog, mine)), ...packEntries(language, pack)];
}

export function partStatuses(entries: readonly ReviewEntry[]): PartStatus[] {
  const parts = new Map<ReviewPart, PartStatus>();
  for (const entry of entries) {
    const part = parts.get(entry.part) ?? { part: entry.part, total: 0, missing: 0, reviewed: 0 };
    part.total += 1;
    if (entry.status === 'missing') part.missing += 1;
    if (entry.status === 'reviewed') part.reviewed += 1;
    parts.set(entry.part, part);
  }
  return [...parts.values()];
}
