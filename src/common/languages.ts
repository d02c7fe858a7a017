/**
 * The languages the app speaks, one line each. Adding a language is a line here and a folder of
 * catalogs, src/locales/<code>/ (src/locales/README.md says which files and how to check them).
 * English comes first: it is the source every catalog and content text is translated from, and
 * what a missing translation falls back to. Kept free of zod so the renderer can import it.
 */
export const LANGUAGE_INFO = {
  en: { name: 'English', locale: 'en-US', zodLocale: 'en' },
  es: { name: 'Español', locale: 'es-US', zodLocale: 'es' },
  'pt-BR': { name: 'Português', locale: 'pt-BR', zodLocale: 'pt' },
  ht: { name: 'Kreyòl ayisyen', locale: 'ht', zodLocale: null },
  vi: { name: 'Tiếng Việt', locale: 'vi', zodLocale: 'vi' },
} as const satisfies Record<string, LanguageInfo>;

interface LanguageInfo {
  /** The language's own name, as its speakers write it. */
  name: string;
  /** BCP 47: for Intl (dates, numbers) and for PDF metadata. */
  locale: string;
  /** Which of zod's locales words a refused field's reason (null: none, English then). */
  zodLocale: string | null;
}

export type Language = keyof typeof LANGUAGE_INFO;

export const LANGUAGES = Object.keys(LANGUAGE_INFO) as [Language, ...Language[]];

export const SOURCE_LANGUAGE = 'en' satisfies Language;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && Object.hasOwn(LANGUAGE_INFO, value);
}

/** The language's own name ("Kreyòl ayisyen"). */
export function languageName(language: Language): string {
  return LANGUAGE_INFO[language].name;
}

/**
 * One of our languages for a BCP 47 tag, or undefined: the exact tag (any case), else the first
 * language with the same primary subtag ("pt" and "pt-PT" find pt-BR, "es-MX" finds es).
 */
export function matchLanguage(tag: string): Language | undefined {
  const wanted = tag.trim().toLowerCase();
  if (!wanted) return undefined;
  const exact = LANGUAGES.find((language) => language.toLowerCase() === wanted);
  if (exact) return exact;
  const primary = wanted.split('-')[0];
  return LANGUAGES.find((language) => language.toLowerCase().split('-')[0] === primary);
}
