/**
 * Filling a call script's placeholders: {name} {town} {legislator} {title} {chamber} and
 * {bill:<id>}. One implementation for the kiosk's screen and the printed handouts, so both say the
 * same bill numbers. A value not known yet becomes whatever `blank` gives: a line to write on, or
 * the seed's "Senator/Representative" choice; never an empty string or a raw `{key}`.
 */
import { SCRIPT_PLACEHOLDERS } from './constants';
import type { Bill } from './content';

export type ScriptPlaceholder = (typeof SCRIPT_PLACEHOLDERS)[number];
export type ScriptValues = Partial<Record<ScriptPlaceholder, string | undefined>>;
export type Blank = (placeholder: ScriptPlaceholder) => string;

export const BLANK_LINE = '________';

export type ScriptPart = { kind: 'text'; text: string } | { kind: 'value'; key: string; text: string; filled: boolean };

/** A bill's latest known numbers as one reading: "H.R. 924 / S. 398". */
export function billNumbers(bill: Bill): string {
  return bill.current.numbers.join(' / ');
}

/**
 * The screen's blanks: a line for the caller's own words, the seed's choices for whom they call
 * ("Senator/Representative", in the script's language: the kiosk catalog's script.titleChoice).
 */
export function screenBlank(choices: { title: string; chamber: string }): Blank {
  return (placeholder) => (placeholder === 'title' || placeholder === 'chamber' ? choices[placeholder] : BLANK_LINE);
}

/** The script as text and value parts, so a screen can highlight what was filled in. */
export function fillScriptParts(text: string, bills: readonly Bill[], values: ScriptValues, blank: Blank): ScriptPart[] {
  const parts: ScriptPart[] = [];
  let last = 0;
  for (const match of text.matchAll(/\{([a-z0-9:-]+)\}/g)) {
    const index = match.index ?? 0;
    if (index > last) parts.push({ kind: 'text', text: text.slice(last, index) });
    last = index + match[0].length;
    const key = match[1] ?? '';
    if (key.startsWith('bill:')) {
      const bill = bills.find((b) => b.id === key.slice(5));
      parts.push({ kind: 'value', key, text: bill ? billNumbers(bill) : match[0], filled: Boolean(bill) });
    } else if ((SCRIPT_PLACEHOLDERS as readonly string[]).includes(key)) {
      const given = values[key as ScriptPlaceholder]?.trim();
      parts.push({ kind: 'value', key, text: given || blank(key as ScriptPlaceholder), filled: Boolean(given) });
    } else {
      parts.push({ kind: 'text', text: match[0] });
    }
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

export function fillScript(text: string, bills: readonly Bill[], values: ScriptValues, blank: Blank): string {
  return fillScriptParts(text, bills, values, blank)
    .map((part) => part.text)
    .join('');
}
