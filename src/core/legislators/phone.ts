/**
 * Phone numbers: parsed and checked once, when source files are converted (libphonenumber), and
 * stored as an RFC 3966 number ("+15087570323;ext=13"). Every number in the data is North
 * American (+1), which the converter enforces, so the lookup formats it for reading with the fixed
 * NANP pattern instead of re-parsing it (a parse costs ~60 µs; a lookup shows up to ~30 numbers).
 * A test checks that this pattern agrees with libphonenumber for every stored number.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { Phone } from '../../common/legislators';

const STORED = /^\+1(\d{3})(\d{3})(\d{4})(?:;ext=(\d{1,6}))?$/;

/** The stored form of a source's phone text, or null when it is not a valid +1 number. */
export function storePhone(text: string): string | null {
  const parsed = parsePhoneNumberFromString(text.trim(), 'US');
  if (!parsed?.isValid() || parsed.countryCallingCode !== '1') return null;
  const ext = parsed.ext && /^\d{1,6}$/.test(parsed.ext) ? `;ext=${parsed.ext}` : '';
  return `${parsed.number}${ext}`;
}

export function isStoredPhone(value: string): boolean {
  return STORED.test(value);
}

export function phoneForPeople(stored: string): Phone {
  const match = STORED.exec(stored);
  if (!match) throw new Error('Not a stored phone number');
  const [, area, exchange, line, ext] = match;
  const e164 = `+1${area}${exchange}${line}`;
  return {
    display: `(${area}) ${exchange}-${line}${ext ? ` ext. ${ext}` : ''}`,
    e164,
    extension: ext ?? null,
    tel: `tel:${stored}`,
  };
}
