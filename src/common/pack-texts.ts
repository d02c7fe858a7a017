/**
 * Every translatable text of a content pack, under a key that stays put when the pack is edited:
 * its path, with array items named by their id ("organizations.mira-coalition.summary",
 * "scripts.us-congress-refugees.bills.grace-act.current.session"). The review file, the
 * reviewers' corrections and the default pack's translations (src/locales/<code>/pack.json) all
 * use these keys.
 */
import { LANGUAGES, type Language } from './languages';
import type { LocalizedText } from './localized';

export interface PackText {
  key: string;
  /** The pack's own object: setting a language on it changes the pack it came from. */
  text: LocalizedText;
}

function isLocalized(value: unknown): value is LocalizedText {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const entries = Object.entries(value);
  return (
    typeof (value as { en?: unknown }).en === 'string' &&
    entries.every(([key, text]) => (LANGUAGES as readonly string[]).includes(key) && typeof text === 'string')
  );
}

/** The pack's texts in document order. */
export function packTexts(value: unknown, prefix = ''): PackText[] {
  if (isLocalized(value)) return [{ key: prefix, text: value }];
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => {
      const id = (item as { id?: unknown } | null)?.id;
      return packTexts(item, `${prefix}.${typeof id === 'string' ? id : i}`);
    });
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, child]) => packTexts(child, prefix ? `${prefix}.${key}` : key));
  }
  return [];
}

/**
 * A copy of the pack with `language`'s texts set from `texts` (by key); keys the pack does not
 * have are given back, so that a stale translation file or a wrong row is named, never dropped
 * silently.
 */
export function withTranslations<P>(pack: P, language: Language, texts: Record<string, string>): { pack: P; unknownKeys: string[] } {
  const copy = structuredClone(pack);
  const known = new Map(packTexts(copy).map((entry) => [entry.key, entry.text]));
  const unknownKeys: string[] = [];
  for (const [key, translation] of Object.entries(texts)) {
    const text = known.get(key);
    if (text) text[language] = translation;
    else unknownKeys.push(key);
  }
  return { pack: copy, unknownKeys };
}
