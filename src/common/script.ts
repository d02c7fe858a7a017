/**
 * Filling a call script's placeholders, for the kiosk screen and the printed handouts alike.
 * A value not known yet becomes a visible blank line, never an empty string or a raw `{key}`.
 */
import type { Bill, CallScript, Language } from './content';

export const BLANK = '________';

export interface ScriptValues {
  name?: string | undefined;
  town?: string | undefined;
  legislator?: string | undefined;
  title?: string | undefined;
  chamber?: string | undefined;
}

export type ScriptPart = { kind: 'text'; text: string } | { kind: 'value'; key: string; text: string; filled: boolean };

/** The generic words used when the person has not said whom they are calling. */
const GENERIC: Record<Language, { title: string; chamber: string }> = {
  en: { title: 'Senator/Representative', chamber: 'House/Senate' },
  es: { title: 'senador(a)/representante', chamber: 'Cámara de Representantes/Senado' },
};

export function billNumbers(bill: Bill): string {
  return bill.current.numbers.join(' / ');
}

/** Splits a script into text and placeholder parts, so a screen can highlight the filled-in values. */
export function fillScriptParts(text: string, bills: Bill[], values: ScriptValues, language: Language): ScriptPart[] {
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
      continue;
    }
    const given = values[key as keyof ScriptValues]?.trim();
    if (given) {
      parts.push({ kind: 'value', key, text: given, filled: true });
    } else if (key === 'title' || key === 'chamber') {
      parts.push({ kind: 'value', key, text: GENERIC[language][key], filled: false });
    } else {
      parts.push({ kind: 'value', key, text: BLANK, filled: false });
    }
  }
  if (last < text.length) parts.push({ kind: 'text', text: text.slice(last) });
  return parts;
}

/** The script's text in one language; generic words ("Senator/Representative") follow that language. */
export function fillScript(script: CallScript, values: ScriptValues, language: Language): string {
  return fillScriptParts(script.text[language], script.bills, values, language)
    .map((part) => part.text)
    .join('');
}
