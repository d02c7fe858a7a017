/**
 * The steward's passphrase: proposed by the app (six words from BIP-39's English list of 2,048,
 * 66 bits; the list was chosen so that the first four letters name each word), or their own if it
 * is long enough. A generated one is easier to write down and hard to guess.
 */
import { randomInt } from 'node:crypto';
import { wordlist } from '@scure/bip39/wordlists/english.js';
import { normalizePassphrase } from './wrap';

export const GENERATED_WORDS = 6;
export const MIN_OWN_LENGTH = 16;

export function generatePassphrase(words = GENERATED_WORDS): string {
  return Array.from({ length: words }, () => wordlist[randomInt(wordlist.length)]).join(' ');
}

/** Why a passphrase is too weak to guard sign-ups, or null when it will do. */
export function passphraseWeakness(passphrase: string): 'too_short' | 'too_simple' | null {
  const normalized = normalizePassphrase(passphrase);
  if (normalized.length < MIN_OWN_LENGTH) return 'too_short';
  // "aaaaaaaaaaaaaaaa", "abababab…", "1234567890123456": long, but guessed first.
  if (new Set(normalized.replace(/\s/g, '')).size < 6) return 'too_simple';
  return null;
}
