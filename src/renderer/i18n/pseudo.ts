/**
 * A pseudo-locale for layout testing, turned on with `?pseudo` in the kiosk's address (the browser
 * host; never in the desktop app, whose address has no query): every English text, the screens'
 * and the content pack's, becomes about 40% longer, with stacked accents above and below the
 * letters and brackets at its ends, so that clipped, cut or overlapping text shows up on every
 * screen before a real translation does it (tests/e2e/languages.spec.ts). Placeholders stay.
 */
import type { Catalog } from '../../common/catalog';
import { packTexts } from '../../common/pack-texts';

// Letters with accents above and below, the tallest our languages write (Vietnamese stacks two).
const ACCENTED: Record<string, string> = {
  a: 'ấ', e: 'ệ', i: 'ị', o: 'ổ', u: 'ữ', y: 'ỹ', c: 'ç', d: 'đ', n: 'ñ', s: 'š', z: 'ž', g: 'ğ', l: 'ĺ', r: 'ŕ', t: 'ţ',
  A: 'Ấ', E: 'Ệ', I: 'Ị', O: 'Ổ', U: 'Ữ', Y: 'Ỹ', C: 'Ç', D: 'Đ', N: 'Ñ', S: 'Š', Z: 'Ž', G: 'Ğ', L: 'Ĺ', R: 'Ŕ', T: 'Ţ',
};
const VOWEL = /[aeiouyAEIOUY]/;

function stretchWords(text: string): string {
  let out = '';
  for (const letter of text) {
    out += ACCENTED[letter] ?? letter;
    // Vowels twice: words grow the way longer languages' words do, and still wrap at spaces.
    if (VOWEL.test(letter)) out += ACCENTED[letter.toLowerCase()] ?? letter;
  }
  return out;
}

/** "Start" → "[Šţấấŕţ ·]": at least 40% longer, placeholders ({{count}}, {name}) kept. */
export function pseudo(text: string): string {
  const parts = text.split(/(\{\{[^}]*\}\}|\{[\w:.-]+\})/);
  const stretched = parts.map((part, i) => (i % 2 === 1 ? part : stretchWords(part))).join('');
  const missing = Math.ceil(text.length * 1.4) - stretched.length - 2;
  const padding = missing > 0 ? ` ${'·'.repeat(missing - 1)}` : '';
  return `[${stretched}${padding}]`;
}

function walk(catalog: Catalog): Catalog {
  return Object.fromEntries(Object.entries(catalog).map(([key, value]) => [key, typeof value === 'string' ? pseudo(value) : walk(value)]));
}

export function pseudoCatalog(catalog: Catalog): Catalog {
  return walk(catalog);
}

/** The pack with its English texts and organization names pseudo-localized. */
export function pseudoPack<P extends { organizations: { name: string }[] }>(pack: P): P {
  const copy = structuredClone(pack);
  for (const { text } of packTexts(copy)) text.en = pseudo(text.en);
  for (const organization of copy.organizations) organization.name = pseudo(organization.name);
  return copy;
}

export function pseudoLocaleOn(): boolean {
  return typeof location !== 'undefined' && new URLSearchParams(location.search).has('pseudo');
}
