/**
 * Calendar dates as a person writes them in their language: Intl where the runtime knows the
 * language, else the month and day names of src/locales/<code>/dates.json (Haitian Creole: neither
 * Node's nor Chromium's ICU data has it, and they would fall back to English).
 */
import { LANGUAGE_INFO, type Language } from './languages';

interface DateNames {
  months: string[];
  weekdays: string[];
  long: string;
  full: string;
}

const names = import.meta.glob<DateNames>('../locales/*/dates.json', { eager: true, import: 'default' });
const formats = new Map<string, (date: Date) => string>();

function namesFor(language: Language): DateNames | undefined {
  return names[`../locales/${language}/dates.json`];
}

// Making an Intl.DateTimeFormat costs more than a millisecond: make each one once.
function formatter(language: Language, withWeekday: boolean): (date: Date) => string {
  const key = `${language}:${withWeekday}`;
  let format = formats.get(key);
  if (!format) {
    const { locale } = LANGUAGE_INFO[language];
    const own = namesFor(language);
    if (own && Intl.DateTimeFormat.supportedLocalesOf([locale]).length === 0) {
      format = (date) =>
        (withWeekday ? own.full : own.long).replace(/\{(\w+)\}/g, (_whole, part: string) => {
          if (part === 'day') return String(date.getUTCDate());
          if (part === 'month') return own.months[date.getUTCMonth()] ?? '';
          if (part === 'weekday') return own.weekdays[date.getUTCDay()] ?? '';
          return String(date.getUTCFullYear());
        });
    } else {
      const intl = new Intl.DateTimeFormat(locale, { dateStyle: withWeekday ? 'full' : 'long', timeZone: 'UTC' });
      format = (date) => intl.format(date);
    }
    formats.set(key, format);
  }
  return format;
}

/** "November 25, 2026" / "25 de novembro de 2026" / "25 novanm 2026", for a YYYY-MM-DD date. */
export function formatCalendarDate(isoDate: string, language: Language, withWeekday = false): string {
  const [y, m, d] = isoDate.slice(0, 10).split('-').map(Number);
  if (!y || !m || !d) return isoDate;
  return formatter(language, withWeekday)(new Date(Date.UTC(y, m - 1, d, 12)));
}

/** The language's locale for numbers and times (Intl falls back by itself where it lacks one). */
export function localeOf(language: Language): string {
  return LANGUAGE_INFO[language].locale;
}

/** "2:00 PM" / "2:00 p. m." / "14:00", for a local time of day (HH:MM): as each language's readers write it. */
export function formatTimeOfDay(time: string, language: Language): string {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return timeFormat(language).format(new Date(Date.UTC(2000, 0, 1, hours, minutes)));
}

const timeFormats = new Map<Language, Intl.DateTimeFormat>();
function timeFormat(language: Language): Intl.DateTimeFormat {
  let format = timeFormats.get(language);
  if (!format) {
    const locale = localeOf(language);
    // A language the runtime has no data for (Haitian Creole) gets the 24-hour clock, not English's.
    const known = Intl.DateTimeFormat.supportedLocalesOf([locale]).length > 0;
    format = new Intl.DateTimeFormat(known ? locale : 'fr', { hour: 'numeric', minute: '2-digit', timeZone: 'UTC' });
    timeFormats.set(language, format);
  }
  return format;
}

/** Whether the runtime's Intl knows the language's dates (Haitian Creole: no, its dates.json then). */
function intlKnows(language: Language): boolean {
  return Intl.DateTimeFormat.supportedLocalesOf([localeOf(language)]).length > 0;
}

/** "November 2026" / "novembro de 2026" / "novanm 2026", for a calendar's heading (month 0–11). */
export function formatMonthYear(year: number, month: number, language: Language): string {
  const own = namesFor(language);
  if (own && !intlKnows(language)) return `${own.months[month] ?? ''} ${year}`;
  return new Intl.DateTimeFormat(localeOf(language), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year, month, 1)));
}

/** Short weekday names, Sunday first (as US calendars are). */
export function shortWeekdays(language: Language): string[] {
  const own = namesFor(language);
  if (own && !intlKnows(language)) return own.weekdays.map((day) => day.slice(0, 3));
  const format = new Intl.DateTimeFormat(localeOf(language), { weekday: 'short', timeZone: 'UTC' });
  return Array.from({ length: 7 }, (_, i) => format.format(new Date(Date.UTC(2023, 0, 1 + i))));
}
