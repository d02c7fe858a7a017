/**
 * Looks for a person in every file under a folder, in every encoding their details could take
 * on disk: as typed and folded (the search key), UTF-8, UTF-16 (both byte orders), Latin-1,
 * base64 and hex of each, and a phone number's digits in the usual spellings. Used by the sealed
 * sign-up tests: once the data key exists, no such bytes may be found.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Person {
  firstName: string;
  lastName?: string;
  email?: string;
  /** Ten North American digits, e.g. 6175550199. */
  phoneDigits?: string;
  zip?: string;
}

const fold = (text: string) => text.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();

function spellings(person: Person): string[] {
  const words = [person.firstName, person.lastName, person.email, person.zip].filter((w): w is string => Boolean(w));
  const out = new Set<string>();
  for (const word of words) {
    out.add(word);
    out.add(fold(word));
    out.add(word.toUpperCase());
  }
  const d = person.phoneDigits;
  if (d) {
    for (const phone of [d, `+1${d}`, `1${d}`, `${d.slice(0, 3)}-${d.slice(3, 6)}-${d.slice(6)}`, `(${d.slice(0, 3)}) ${d.slice(3, 6)}-${d.slice(6)}`, `${d.slice(3, 6)}-${d.slice(6)}`]) {
      out.add(phone);
    }
  }
  return [...out];
}

function encodings(text: string): Buffer[] {
  const utf8 = Buffer.from(text, 'utf8');
  const utf16le = Buffer.from(text, 'utf16le');
  const utf16be = Buffer.from(utf16le).swap16();
  return [utf8, utf16le, utf16be, Buffer.from(text, 'latin1'), Buffer.from(utf8.toString('base64').replace(/=+$/, '')), Buffer.from(utf8.toString('hex'))];
}

export function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : entry.isFile() ? [full] : [];
  });
}

/** "file: spelling" for every place the person was found; empty when they are nowhere. */
export function findPerson(dir: string, person: Person): string[] {
  const needles = spellings(person).flatMap((s) => encodings(s).map((bytes) => ({ s, bytes })));
  const found: string[] = [];
  for (const file of filesUnder(dir)) {
    const content = fs.readFileSync(file);
    for (const { s, bytes } of needles) {
      if (bytes.length >= 4 && content.includes(bytes)) found.push(`${path.relative(dir, file)}: ${s}`);
    }
  }
  return [...new Set(found)];
}
