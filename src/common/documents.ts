/**
 * Printable documents (`documents.pdf`): what the organizer console can ask for and what it gets
 * back. One schema per kind, so a print screen can offer exactly the options each kind takes.
 */
import { z } from 'zod';
import { Language } from './content';

export const DOCUMENT_KINDS = ['flyer', 'directory', 'script', 'signup-sheet', 'recovery-sheet'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export const PAPER_SIZES = ['letter', 'a4'] as const;
export const Paper = z.enum(PAPER_SIZES);
export type Paper = z.infer<typeof Paper>;

export const HANDOUT_LAYOUTS = ['1-up', '2-up'] as const;
export const HandoutLayout = z.enum(HANDOUT_LAYOUTS);
export type HandoutLayout = z.infer<typeof HandoutLayout>;

/** How many QR codes fit on the one-page flyer. */
export const FLYER_MAX_ORGANIZATIONS = 6;
export const SIGNUP_SHEET_MAX_PAGES = 50;

const contentId = z.string().max(64);
// Typed by an organizer and printed: no control characters or invisible bidi overrides.
// eslint-disable-next-line no-control-regex
const printable = (max: number) => z.string().trim().min(1).max(max).regex(/^[^\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]*$/, 'no control characters');

/** A legislator to pre-fill a call-script handout with (from `legislators.lookup`, or typed). */
export const HandoutLegislator = z.strictObject({
  name: printable(120),
  /** As it is said before the name in English (the call's language): "Senator", "Representative". */
  title: printable(60),
  /**
   * The title in the handout's other languages, for the explanation printed beside the English
   * words ("senador(a) estatal"); core knows the usual ones when this is left out.
   */
  titles: z.partialRecord(Language, printable(60)).optional(),
  phone: printable(40).optional(),
  /** Fills the script's {chamber}; guessed from the title when missing ("Senator" → senate). */
  chamber: z.enum(['house', 'senate']).optional(),
});
export type HandoutLegislator = z.infer<typeof HandoutLegislator>;

const common = { language: Language, paper: Paper };

export const DocumentsPdfArgs = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('flyer'),
    ...common,
    /** The organizations that get a QR code; by default one per section, nearest the event first. */
    organizationIds: z.array(contentId).min(1).max(FLYER_MAX_ORGANIZATIONS).optional(),
  }),
  z.strictObject({ kind: z.literal('directory'), ...common }),
  z.strictObject({
    kind: z.literal('script'),
    ...common,
    /** Which call scripts, in this order; all of them by default. */
    scriptIds: z.array(contentId).min(1).max(20).optional(),
    /** 1-up: a full page per script; 2-up: two half-page copies per page, to cut. */
    layout: HandoutLayout.optional(),
    town: printable(100).optional(),
    legislator: HandoutLegislator.optional(),
  }),
  z.strictObject({
    kind: z.literal('signup-sheet'),
    ...common,
    /** Blank pages to print, numbered "Page 1 of N"; 1 by default. */
    pageCount: z.number().int().min(1).max(SIGNUP_SHEET_MAX_PAGES).optional(),
    /** A bilingual sheet: every label, instruction and consent text also in this language. */
    secondLanguage: Language.optional(),
  }),
  z.strictObject({
    kind: z.literal('recovery-sheet'),
    ...common,
    /** The code vault.create showed (core keeps no copy of it): printed as text and as a QR code. */
    recoveryCode: z.string().regex(/^[0-9A-HJKMNP-TV-Z]{5}(-[0-9A-HJKMNP-TV-Z]{5}){4}$/, 'a recovery code such as 7K3MQ-9QX2A-…'),
    keyId: z.string().regex(/^[0-9a-f]{16}$/),
  }),
]);
export type DocumentsPdfArgs = z.infer<typeof DocumentsPdfArgs>;

export const DocumentsPdfResult = z.object({
  /** A file name to save as, e.g. "take-action-for-immigrants-flyer-en-letter.pdf". */
  filename: z.string().regex(/^[a-z0-9-]+\.pdf$/),
  mimeType: z.literal('application/pdf'),
  /** The PDF file, base64-encoded (JSON and IPC carry it as text). */
  base64: z.string().min(1),
  bytes: z.number().int().positive(),
  pages: z.number().int().positive(),
  /** The document's title, as in its metadata: for a preview heading or a print job name. */
  title: z.string(),
});
export type DocumentsPdfResult = z.infer<typeof DocumentsPdfResult>;
