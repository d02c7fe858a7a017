/**
 * The language on screen, language names, and content texts that may be missing in it: a pack
 * text the pack has not translated shows in English, marked `lang="en"` so that a screen reader
 * reads it as English and the page says honestly which words are which.
 */
import type { ElementType, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { localeOf } from '../../common/dates';
import { isLanguage, languageName, SOURCE_LANGUAGE, type Language } from '../../common/languages';
import { textIn, type LocalizedText, type Picked } from '../../common/localized';

export { localeOf };

/** The language the screens show now (i18next's, which the kiosk and the console both set). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : SOURCE_LANGUAGE;
}

/**
 * A language's name in the words of the screen's language ("Vietnamese", "vietnamita"), where the
 * browser knows them; else its own name ("Kreyòl ayisyen"), which its speakers read anyway.
 */
export function languageLabel(language: Language, uiLanguage: Language): string {
  const locale = localeOf(uiLanguage);
  if (Intl.DisplayNames.supportedLocalesOf([locale]).length > 0) {
    const name = new Intl.DisplayNames([locale], { type: 'language', fallback: 'none' }).of(language);
    if (name) return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  }
  return languageName(language);
}

/** Picks a content text in the screen's language (or English), with the language it is in. */
export function usePick(): (text: LocalizedText) => Picked {
  const language = useLanguage();
  return (text) => textIn(text, language);
}

/** A content text in the screen's language; in English, marked so, when the pack lacks it. */
export function Localized(props: { text: LocalizedText; as?: ElementType; className?: string; children?: (text: string) => ReactNode }) {
  const language = useLanguage();
  const picked = textIn(props.text, language);
  const Tag = props.as ?? 'span';
  return (
    <Tag className={props.className} lang={picked.language === language ? undefined : picked.language}>
      {props.children ? props.children(picked.text) : picked.text}
    </Tag>
  );
}

/**
 * "Spanish, Haitian Creole, and Vietnamese" as the screen's language joins a list; a language the
 * browser has no data for (Haitian Creole) gets commas, not English's "and".
 */
export function listIn(items: string[], uiLanguage: Language): string {
  if (items.length === 0) return '';
  const locale = localeOf(uiLanguage);
  if (Intl.ListFormat.supportedLocalesOf([locale]).length === 0) return items.join(', ');
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}
