/**
 * Massachusetts state legislators, searchable by name, district name, or a town or county named in
 * the district name. Used instead of a ZIP lookup because no open, licensed town-to-district table
 * exists in the sources (see SOURCES.md §5): the person picks their own legislators.
 * House districts are written "3rd Suffolk" and Senate ones "Third Suffolk": both forms match.
 */
import type { Language } from '../../common/content';
import type { AsOf, Note, SearchStateResult, StateLegislator } from '../../common/legislators';
import { MA_SEATS } from './catalog';
import type { StoredStateLegislator } from './dataset';
import { jurisdiction } from './jurisdictions';
import { sentence } from './messages';
import { phoneForPeople } from './phone';

const ORDINALS = [
  'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth', 'twentieth',
];
const SUFFIX = (n: number) => (n % 10 === 1 && n !== 11 ? 'st' : n % 10 === 2 && n !== 12 ? 'nd' : n % 10 === 3 && n !== 13 ? 'rd' : 'th');

/** Lower case, no accents, ordinals as "3rd", words only. */
export function searchWords(text: string): string[] {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => {
      const n = ORDINALS.indexOf(word) + 1;
      return n > 0 ? `${n}${SUFFIX(n)}` : word;
    });
}

/** Every word of the query starts a word of the legislator's names or district. */
function matches(haystack: string[], query: string[]): boolean {
  return query.every((q) => haystack.some((word) => word.startsWith(q)));
}

/** "3rd Suffolk" and "Third Suffolk" → ["suffolk", 3]; "Cape and Islands" → ["cape and islands", 0]. */
function districtOrder(district: string): [string, number] {
  const words = searchWords(district);
  const ordinal = /^(\d+)(st|nd|rd|th)$/.exec(words[0] ?? '');
  return ordinal ? [words.slice(1).join(' '), Number(ordinal[1])] : [words.join(' '), 0];
}

function byDistrict(a: StoredStateLegislator, b: StoredStateLegislator): number {
  const [x, m] = districtOrder(a.district);
  const [y, n] = districtOrder(b.district);
  return x.localeCompare(y) || m - n;
}

export function describeStateLegislator(person: StoredStateLegislator, language: Language): StateLegislator {
  // District offices first ("preferably the local office"), each number once (some repeat it).
  const ordered = [...person.offices].sort((a, b) => (a[0] === b[0] ? 0 : a[0] === 'district' ? -1 : 1));
  const phones: StateLegislator['phones'] = [];
  for (const [kind, address, phone] of ordered) {
    if (phone && !phones.some((p) => p.phone.tel === `tel:${phone}`)) phones.push({ kind, address, phone: phoneForPeople(phone) });
  }
  const best = phones[0] ?? null;
  const notes: Note[] = [];
  if (best?.phone.extension) notes.push({ code: 'extension', message: sentence('extension', language, { ext: best.phone.extension }) });
  if (!best) {
    notes.push(
      person.email
        ? { code: 'no_phone', message: sentence('noPhoneWriteInstead', language, { name: person.name, email: person.email }) }
        : { code: 'no_phone', message: sentence('noPhone', language, { name: person.name }) },
    );
  }
  return {
    id: person.id,
    name: person.name,
    party: person.party,
    chamber: person.chamber === 'upper' ? 'senate' : 'house',
    district: person.district,
    phone: best?.phone ?? null,
    phoneKind: best?.kind ?? null,
    phones,
    email: person.email,
    url: person.url,
    notes,
  };
}

export function searchStateLegislators(
  people: StoredStateLegislator[],
  query: string | undefined,
  language: Language,
  asOf: AsOf,
): SearchStateResult {
  const words = searchWords(query ?? '');
  const found = people
    .filter((p) => matches(searchWords([p.name, ...p.otherNames, p.district].join(' ')), words))
    .sort(byDistrict);
  const members = {
    senate: people.filter((p) => p.chamber === 'upper').length,
    house: people.filter((p) => p.chamber === 'lower').length,
  };
  const notes: Note[] = [];
  if (members.senate < MA_SEATS.senate) {
    const params = { seats: MA_SEATS.senate, members: members.senate, missing: MA_SEATS.senate - members.senate };
    notes.push({ code: 'seats_without_member', message: sentence('senateSeatsVacant', language, params) });
  }
  if (members.house < MA_SEATS.house) {
    const params = { seats: MA_SEATS.house, members: members.house, missing: MA_SEATS.house - members.house };
    notes.push({ code: 'seats_without_member', message: sentence('houseSeatsVacant', language, params) });
  }
  return {
    state: 'MA',
    stateName: jurisdiction('MA')!.name,
    query: query?.trim() ?? '',
    senators: found.filter((p) => p.chamber === 'upper').map((p) => describeStateLegislator(p, language)),
    representatives: found.filter((p) => p.chamber === 'lower').map((p) => describeStateLegislator(p, language)),
    seats: { ...MA_SEATS },
    members,
    notes,
    asOf,
  };
}
