/**
 * One person, once: the same person signed up twice (at two kiosks, or twice at one) is one person
 * in every export. Sign-ups are joined when they share an email (any case), or a phone and the same
 * first name: a family often shares one phone, and a mother and her son must stay two people. The
 * joined person has the newest details (older ones fill gaps), every organization chosen, and every
 * consent record, which the full export lists in full.
 */
import type { SignupRecord } from '../../common/contract';
import { foldForSearch } from '../signups/search-key';

/** Sign-ups grouped by person: union-find over their emails and phones. */
function groups(records: readonly SignupRecord[]): SignupRecord[][] {
  const parent = records.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const owner = new Map<string, number>();
  records.forEach((record, i) => {
    const name = foldForSearch(record.firstName.trim());
    for (const key of [record.email ? `e:${record.email.toLowerCase()}` : null, record.phone ? `p:${record.phone}|${name}` : null]) {
      if (!key) continue;
      const other = owner.get(key);
      if (other === undefined) owner.set(key, i);
      else parent[find(i)] = find(other);
    }
  });
  const byRoot = new Map<number, SignupRecord[]>();
  records.forEach((record, i) => {
    const root = find(i);
    const list = byRoot.get(root);
    if (list) list.push(record);
    else byRoot.set(root, [record]);
  });
  return [...byRoot.values()];
}

/** A person made of several sign-ups (oldest first): newest details, everything chosen and consented. */
function join(signups: SignupRecord[]): SignupRecord & { mergedIds: string[] } {
  const oldest = signups[0]!;
  const newestFirst = [...signups].reverse();
  const pick = <K extends 'lastName' | 'email' | 'phone' | 'zip'>(field: K): SignupRecord[K] => newestFirst.find((s) => s[field] !== null)?.[field] ?? null;
  const organizations = new Map<string, { id: string; name: string }>();
  for (const s of newestFirst) for (const o of s.organizations) if (!organizations.has(o.id)) organizations.set(o.id, o);
  return {
    ...oldest,
    language: newestFirst[0]!.language,
    firstName: newestFirst[0]!.firstName,
    lastName: pick('lastName'),
    email: pick('email'),
    phone: pick('phone'),
    zip: pick('zip'),
    organizations: [...organizations.values()],
    // Granted ones first, so a consent given at any sign-up is the one a column shows.
    consents: signups.flatMap((s) => s.consents).sort((a, b) => Number(b.granted) - Number(a.granted)),
    mergedIds: signups.map((s) => s.id),
  };
}

export type Person = SignupRecord & { mergedIds: string[] };

/** People in the order of their first sign-up; `merged` is how many sign-ups were joined to another. */
export function onePersonOnce(records: readonly SignupRecord[]): { people: Person[]; merged: number } {
  const people = groups(records).map((signups) => (signups.length === 1 ? { ...signups[0]!, mergedIds: [signups[0]!.id] } : join(signups)));
  return { people, merged: records.length - people.length };
}
