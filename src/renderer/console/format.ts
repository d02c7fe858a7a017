/** Dates and times in the console's language, in the kiosk computer's time zone. */
import { localeOf } from '../../common/dates';
import { isLanguage } from '../../common/languages';

// Where Intl has no data for the language (Haitian Creole), it falls back on its own.
const locale = (language: string) => (isLanguage(language) ? localeOf(language) : 'en-US');

export function dateTime(iso: string, language: string, withSeconds = false): string {
  return new Date(iso).toLocaleString(locale(language), withSeconds ? { dateStyle: 'medium', timeStyle: 'long' } : { dateStyle: 'medium', timeStyle: 'short' });
}

/** An hour bucket of the sign-up chart: "Nov 25, 3 PM". */
export function hourLabel(iso: string, language: string): string {
  return new Date(iso).toLocaleString(locale(language), { month: 'short', day: 'numeric', hour: 'numeric' });
}

export function fileSize(bytes: number, language: string): string {
  const format = (n: number, unit: string) => `${n.toLocaleString(locale(language), { maximumFractionDigits: 1 })} ${unit}`;
  if (bytes >= 1024 * 1024) return format(bytes / (1024 * 1024), 'MB');
  if (bytes >= 1024) return format(bytes / 1024, 'KB');
  return format(bytes, 'B');
}
