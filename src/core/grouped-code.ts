/**
 * Codes people copy from a screen or a sheet of paper: 25 random characters (125 bits) of
 * Crockford's base32, in five groups of five (7K3MQ-9QX2A-…). No I, L, O or U, so a code read
 * aloud or typed from paper is unambiguous; typed back in any case, with or without dashes, with O
 * for 0 and I or L for 1. The data key's recovery code and the event's pairing code are such codes.
 */
import crypto from 'node:crypto';

const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const GROUPS = 5;
const GROUP_LENGTH = 5;

export function newGroupedCode(): string {
  const chars = Array.from({ length: GROUPS * GROUP_LENGTH }, () => ALPHABET[crypto.randomInt(32)]);
  const groups: string[] = [];
  for (let i = 0; i < chars.length; i += GROUP_LENGTH) groups.push(chars.slice(i, i + GROUP_LENGTH).join(''));
  return groups.join('-');
}

/** The code's 25 characters as typed back, or null when it cannot be one. */
export function normalizeGroupedCode(typed: string): string | null {
  const compact = typed
    .toUpperCase()
    .replace(/[\s-]+/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  if (compact.length !== GROUPS * GROUP_LENGTH || [...compact].some((c) => !ALPHABET.includes(c))) return null;
  return compact;
}

/** The same code in its display form (five groups), whatever way it was typed. */
export function formatGroupedCode(compact: string): string {
  return compact.match(/.{1,5}/g)?.join('-') ?? compact;
}
