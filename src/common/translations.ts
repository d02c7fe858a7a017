/**
 * Translations in the contract: the reviewers' corrections the screens apply, each language's
 * review status, and the side-by-side review file out and back in (src/core/i18n/review.ts).
 */
import { z } from 'zod';
import { CATALOG_NAMES, SCREEN_CATALOGS } from './catalog';
import { Language } from './content';

/** The catalogs, and the active content pack's texts as one more. */
export const REVIEW_PARTS = [...CATALOG_NAMES, 'pack'] as const;
export const ReviewPart = z.enum(REVIEW_PARTS);
export type ReviewPart = z.infer<typeof ReviewPart>;

/** Corrections to the screens' catalogs, by language and catalog, as flat keys. */
export const TranslationsResult = z.object({
  corrections: z.partialRecord(Language, z.partialRecord(z.enum(SCREEN_CATALOGS), z.record(z.string(), z.string()))),
});
export type TranslationsResult = z.infer<typeof TranslationsResult>;

export const PartStatus = z.object({
  part: ReviewPart,
  /** Texts in English, the source. */
  total: z.number().int(),
  /** Texts with no translation: the screen or document shows the English one. */
  missing: z.number().int(),
  /** Texts a native speaker has reviewed. */
  reviewed: z.number().int(),
});
export type PartStatus = z.infer<typeof PartStatus>;

export const TranslationStatus = z.object({
  languages: z.array(z.object({ language: Language, note: z.string().nullable(), parts: z.array(PartStatus) })),
});
export type TranslationStatus = z.infer<typeof TranslationStatus>;

/** English is the source: there is nothing of it to review. */
export const ReviewLanguage = Language.refine((language) => language !== 'en', 'English is the source language');

export const ReviewExportArgs = z.strictObject({ language: ReviewLanguage });
export const ReviewFile = z.object({ filename: z.string(), csv: z.string(), rows: z.number().int() });
export type ReviewFile = z.infer<typeof ReviewFile>;

export const ReviewImportArgs = z.strictObject({ language: ReviewLanguage, csv: z.string().max(5_000_000) });
export const ReviewImportResult = z.object({
  /** Texts whose translation differs from what the kiosk had. */
  changed: z.number().int(),
  /** Texts the file marks as reviewed by a native speaker. */
  reviewed: z.number().int(),
  parts: z.array(ReviewPart),
});
export type ReviewImportResult = z.infer<typeof ReviewImportResult>;

/** The review file's status column, as a reviewer reads and writes it. */
export const REVIEW_FILE_STATUSES = { reviewed: 'reviewed', 'not-reviewed': 'not reviewed', missing: 'missing' } as const;
