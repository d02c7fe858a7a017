/**
 * A content text in several languages, and how a screen or a document picks one: the language
 * asked for if the text has it, else English, and the answer says which one it is, so the page
 * can mark a fallback with `lang="en"` (a screen reader then reads it as English) and a consent
 * record keeps the language of the text the person actually saw.
 */
import { LANGUAGES, SOURCE_LANGUAGE, type Language } from './languages';

/** English always; every other language when the pack has it. */
export type LocalizedText = { en: string } & Partial<Record<Language, string>>;

export interface Picked {
  text: string;
  /** The language of `text`: the one asked for, or English when the text lacks it. */
  language: Language;
}

export function textIn(text: LocalizedText, language: Language): Picked {
  const own = text[language];
  return own === undefined ? { text: text.en, language: SOURCE_LANGUAGE } : { text: own, language };
}

/** The text in `language`, or in English when it has none. */
export function pick(text: LocalizedText, language: Language): string {
  return text[language] ?? text.en;
}

/** The languages a text has, English first. */
export function languagesOf(text: LocalizedText): Language[] {
  return LANGUAGES.filter((language) => text[language] !== undefined);
}
