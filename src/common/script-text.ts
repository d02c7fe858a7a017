/**
 * Filling a call script's placeholders: {name} {town} {legislator} {title} {chamber} and
 * {bill:<id>}. Pure, shared by the kiosk's script screen and the printed handouts, so both say
 * the same bill numbers.
 */
import { SCRIPT_PLACEHOLDERS, type Bill } from './content';

export type ScriptPlaceholder = (typeof SCRIPT_PLACEHOLDERS)[number];
export type ScriptValues = Partial<Record<ScriptPlaceholder, string>>;

/** A bill's latest known numbers as one reading: "H.R. 924 / S. 398". */
export function billNumbers(bill: Bill): string {
  return bill.current.numbers.join(' / ');
}

/**
 * Replaces every placeholder: bills by their current numbers, the others by `values` or, when a
 * value is unknown, by what `blank` gives (a line to write on, or a "Representative/Senator" choice).
 */
export function fillScript(
  text: string,
  bills: readonly Bill[],
  values: ScriptValues,
  blank: (placeholder: ScriptPlaceholder) => string,
): string {
  return text.replace(/\{([a-z0-9:-]+)\}/g, (whole, key: string) => {
    if (key.startsWith('bill:')) {
      const bill = bills.find((b) => b.id === key.slice(5));
      return bill ? billNumbers(bill) : whole;
    }
    if (!(SCRIPT_PLACEHOLDERS as readonly string[]).includes(key)) return whole;
    const placeholder = key as ScriptPlaceholder;
    const value = values[placeholder]?.trim();
    return value ? value : blank(placeholder);
  });
}
