/**
 * The printed documents' own words (titles, labels, "Page 1 of 3"), in each language's
 * `documents` catalog (src/locales/<code>/documents.json). What the documents say about
 * organizations and scripts comes from the content pack; only the frame around it lives there.
 */
import type { Language, Region } from '../../common/content';
import type { DocumentKind, HandoutLegislator } from '../../common/documents';
import { formatCalendarDate } from '../../common/dates';
export { formatTimeOfDay as formatTime } from '../../common/dates';
import type documentsEn from '../../locales/en/documents.json';
import { catalogText } from '../i18n/catalogs';
import { fillSlots } from './text';

export type PdfTextKey = Exclude<keyof typeof documentsEn, 'titles' | 'regions' | 'legislatorTitles'>;

/** A chrome text in `language`, with `{name}` slots filled from `values`. */
export function pdfText(key: PdfTextKey, language: Language, values: Record<string, string | number> = {}): string {
  return fillSlots(catalogText('documents', language, key), values);
}

export function documentTitle(kind: DocumentKind, language: Language): string {
  return catalogText('documents', language, `titles.${kind}`);
}

// The same names the kiosk shows (its own catalog); core cannot import the renderer's code.
export function regionName(region: Region, language: Language): string {
  return catalogText('documents', language, `regions.${region}`);
}

/** "November 25, 2026" / "25 de noviembre de 2026", for a calendar date (YYYY-MM-DD). */
export function formatDate(isoDate: string, language: Language, withWeekday = false): string {
  return formatCalendarDate(isoDate, language, withWeekday);
}

/**
 * A handout legislator's title in `language`: as the organizer's console gave it, else the usual
 * translation of the English title (the `legislatorTitles` of the documents catalog), else the
 * English title (a name the console never offers).
 */
export function legislatorTitle(legislator: Pick<HandoutLegislator, 'title' | 'titles'>, language: Language): string {
  const given = legislator.titles?.[language];
  if (given) return given;
  if (language === 'en') return legislator.title;
  const key = `legislatorTitles.${legislator.title.trim().toLowerCase().replaceAll(' ', '-')}`;
  const translated = catalogText('documents', language, key);
  return translated === key ? legislator.title : translated;
}
