/**
 * The content pack: what the kiosk shows (sections, organizations, call scripts) and the consent
 * texts a sign-up records. One versioned JSON document, validated here, shared by core (import,
 * storage) and renderer (types only).
 */
import { z } from 'zod';
import { CATEGORIES, REGIONS, SCRIPT_PLACEHOLDERS } from './constants';
import { LANGUAGES, SOURCE_LANGUAGE, type Language as LanguageCode } from './languages';
import type { LocalizedText as Localized } from './localized';

export { LANGUAGES, REGIONS, CATEGORIES, SCRIPT_PLACEHOLDERS };
export const Language = z.enum(LANGUAGES);
export type Language = LanguageCode;

const nonBlank = (max: number) => z.string().trim().min(1).max(max);

/**
 * Every visible text exists in English; the other languages are optional, so a pack written for
 * some languages still loads: where a text is missing, the kiosk shows the English one, marked
 * as English (see localized.ts), and the console counts it as missing in the review status.
 */
export const LocalizedText = (max = 4000): z.ZodType<LocalizedText> =>
  z.strictObject(Object.fromEntries(LANGUAGES.map((language) => [language, language === SOURCE_LANGUAGE ? nonBlank(max) : nonBlank(max).optional()]))) as never;
export type LocalizedText = Localized;

const isoDate = z.iso.date();
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'use lowercase letters, digits and dashes');
const webUrl = z.url({ protocol: /^https?$/ }).max(500);

export const Region = z.enum(REGIONS);
export type Region = z.infer<typeof Region>;

export const Category = z.enum(CATEGORIES);
export type Category = z.infer<typeof Category>;

export const Section = z.strictObject({
  id: slug,
  kind: z.enum(['organizations', 'scripts']),
  title: LocalizedText(120),
  intro: LocalizedText(2000).optional(),
});
export type Section = z.infer<typeof Section>;

export const Organization = z.strictObject({
  id: slug,
  sectionId: slug,
  /** Proper name, never translated. */
  name: nonBlank(200),
  /** One line for cards. */
  summary: LocalizedText(160),
  /** The seed's description (English) and its translation. */
  description: LocalizedText(2000),
  /** What a visitor can do with this organization. */
  howToHelp: LocalizedText(600),
  categories: z.array(Category).min(1),
  regions: z.array(Region).min(1),
  /** Where they are based, for display ("Tucson, Arizona"). */
  location: LocalizedText(120).optional(),
  url: webUrl.optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9 ()-]{7,20}$/, 'a phone number such as 617-555-0100')
    .optional(),
  phoneLabel: LocalizedText(120).optional(),
});
export type Organization = z.infer<typeof Organization>;

export const BillVersion = z.strictObject({
  /** "119th Congress" or "194th General Court (2025–2026)". */
  session: LocalizedText(120),
  numbers: z.array(nonBlank(40)).min(1),
  introduced: isoDate.optional(),
  status: LocalizedText(600).optional(),
});

export const Bill = z.strictObject({
  id: slug,
  name: nonBlank(120),
  fullName: LocalizedText(300).optional(),
  jurisdiction: z.enum(['us', 'ma']),
  /** Latest known numbers: fill `{bill:<id>}` in script texts. */
  current: BillVersion,
  /** The numbers the seed page used (2019); kept to explain what changed. */
  original: BillVersion.extend({ stale: z.literal(true) }),
  asOf: isoDate,
  sources: z.array(webUrl).min(1),
});
export type Bill = z.infer<typeof Bill>;


export const CallScript = z.strictObject({
  id: slug,
  sectionId: slug,
  title: LocalizedText(160),
  target: z.enum(['us-congress', 'ma-legislature']),
  /** Why to call, shown above the script. */
  intro: LocalizedText(2000),
  /**
   * What to say. Placeholders: {name} {town} {legislator} {title} {chamber} and {bill:<id>}.
   * `en` is what the caller speaks; `es` explains it in Spanish.
   */
  text: LocalizedText(6000),
  bills: z.array(Bill),
});
export type CallScript = z.infer<typeof CallScript>;

export const ConsentTexts = z.strictObject({
  email: LocalizedText(600),
  sms: LocalizedText(600),
  /** `{organization}` is replaced with the organization's name. */
  share: LocalizedText(600),
});
export type ConsentTexts = z.infer<typeof ConsentTexts>;

export const Source = z.strictObject({ label: nonBlank(300), url: webUrl.optional() });

/** Whether a native speaker has reviewed a translation (a catalog's, or a pack's in one language). */
export const REVIEW_STATUSES = ['not-reviewed', 'reviewed'] as const;
export const ReviewStatus = z.enum(REVIEW_STATUSES);
export type ReviewStatus = z.infer<typeof ReviewStatus>;

export const TranslationReview = z.strictObject({
  status: ReviewStatus,
  /** With "not-reviewed": the texts (by key, see common/pack-texts.ts) a native speaker did review. */
  reviewedKeys: z.array(z.string().max(300)).max(5000).optional(),
  /** Who translated or reviewed it, and when: for the next reviewer. */
  note: z.string().max(500).optional(),
});
export type TranslationReview = z.infer<typeof TranslationReview>;

export const CONTENT_SCHEMA_VERSION = 1;

export const ContentPack = z
  .strictObject({
    schemaVersion: z.literal(CONTENT_SCHEMA_VERSION),
    id: slug,
    version: nonBlank(40),
    asOf: isoDate,
    title: LocalizedText(160),
    intro: LocalizedText(2000),
    sections: z.array(Section).min(1),
    organizations: z.array(Organization),
    scripts: z.array(CallScript),
    consents: ConsentTexts,
    sources: z.array(Source),
    notes: z.array(nonBlank(2000)).optional(),
    /** Per language (English is the source): whether a native speaker reviewed its texts. */
    review: z.partialRecord(Language, TranslationReview).optional(),
  })
  .superRefine((pack, ctx) => {
    const sectionIds = new Set(pack.sections.map((s) => s.id));
    const seen = new Set<string>();
    const checkId = (id: string, path: (string | number)[]) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: `duplicate id "${id}"` });
      seen.add(id);
    };
    pack.organizations.forEach((org, i) => {
      checkId(org.id, ['organizations', i, 'id']);
      if (!sectionIds.has(org.sectionId)) {
        ctx.addIssue({ code: 'custom', path: ['organizations', i, 'sectionId'], message: `no section "${org.sectionId}"` });
      }
    });
    for (const lang of LANGUAGES) {
      if (pack.consents.share[lang]?.includes('{organization}') === false) {
        ctx.addIssue({ code: 'custom', path: ['consents', 'share', lang], message: 'must contain {organization}' });
      }
    }
    pack.scripts.forEach((script, i) => {
      checkId(script.id, ['scripts', i, 'id']);
      if (!sectionIds.has(script.sectionId)) {
        ctx.addIssue({ code: 'custom', path: ['scripts', i, 'sectionId'], message: `no section "${script.sectionId}"` });
      }
      const billIds = new Set(script.bills.map((b) => b.id));
      for (const lang of LANGUAGES) {
        for (const match of (script.text[lang] ?? '').matchAll(/\{([a-z0-9:-]+)\}/g)) {
          const key = match[1] ?? '';
          const known = key.startsWith('bill:')
            ? billIds.has(key.slice(5))
            : (SCRIPT_PLACEHOLDERS as readonly string[]).includes(key);
          if (!known) {
            ctx.addIssue({ code: 'custom', path: ['scripts', i, 'text', lang], message: `unknown placeholder {${key}}` });
          }
        }
      }
    });
  });
export type ContentPack = z.infer<typeof ContentPack>;
