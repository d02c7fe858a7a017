/**
 * unitedstates/congress-legislators: legislators-current.yaml (members, their current term) and
 * legislators-district-offices.yaml (offices with phones and coordinates), checked with zod and
 * turned into the stored shapes. Only `terms[-1]` (the current term) is read strictly; older
 * terms vary in shape over two centuries and are not needed.
 */
import { z } from 'zod';
import type { StoredMember, StoredOffice } from '../dataset';
import { roundCoordinate } from '../geo';
import { hasCongressMember } from '../jurisdictions';
import { storePhone } from '../phone';
import { IssueList, isoDay, readYaml } from './issues';

export type CongressMember = Omit<StoredMember, 'offices'>;

const bioguide = z.string().regex(/^[A-Z]\d{6}$/, 'a bioguide ID like W000817');
const day = z.custom<string>((v) => isoDay(v) !== null, 'a date YYYY-MM-DD').transform((v) => isoDay(v)!);
const text = (max: number) => z.string().trim().min(1).max(max);

const MemberEntry = z.object({
  id: z.object({ bioguide }),
  name: z.object({ first: text(80), last: text(80), official_full: text(160).optional() }),
  terms: z.array(z.unknown()).min(1, 'at least one term'),
});

const CurrentTerm = z.object({
  type: z.enum(['sen', 'rep']),
  start: day,
  end: day,
  state: z.string().regex(/^[A-Z]{2}$/, 'a two-letter state code'),
  district: z.number().int().min(0).max(99).optional(),
  state_rank: z.enum(['senior', 'junior']).optional(),
  party: text(60),
  phone: z.string().max(40).optional(),
  url: z.string().max(300).optional(),
  address: z.string().max(300).optional(),
});

export function parseMembers(file: string, content: string): CongressMember[] {
  const data = readYaml(file, content);
  const issues = new IssueList(file);
  if (!Array.isArray(data)) {
    issues.add('(file)', 'expected a YAML list of members');
    issues.check();
  }
  const members: CongressMember[] = [];
  const seen = new Set<string>();
  (data as unknown[]).forEach((raw, index) => {
    if (issues.full) return;
    const entry = MemberEntry.safeParse(raw);
    if (!entry.success) return issues.addZod(`[${index}]`, entry.error);
    const { id, name, terms } = entry.data;
    const where = `[${index}] ${id.bioguide}`;
    if (seen.has(id.bioguide)) return issues.add(where, 'the same bioguide ID appears twice');
    seen.add(id.bioguide);
    const term = CurrentTerm.safeParse(terms.at(-1));
    if (!term.success) return issues.addZod(`${where} terms[-1]`, term.error);
    const t = term.data;
    if (!hasCongressMember(t.state)) return issues.add(`${where} terms[-1].state`, `"${t.state}" has no seat in Congress`);
    if (t.type === 'rep' && t.district === undefined) return issues.add(`${where} terms[-1].district`, 'a House term needs a district (0 for at-large)');
    const phone = t.phone ? storePhone(t.phone) : null;
    if (t.phone && !phone) return issues.add(`${where} terms[-1].phone`, `"${t.phone}" is not a valid US phone number`);
    members.push({
      id: id.bioguide,
      // official_full is missing for a few new members (G000607, M001246).
      name: name.official_full ?? `${name.first} ${name.last}`,
      party: t.party,
      type: t.type,
      state: t.state,
      district: t.type === 'rep' ? (t.district ?? 0) : null,
      rank: t.type === 'sen' ? (t.state_rank ?? null) : null,
      phone,
      dcAddress: t.address?.trim() || null,
      url: t.url?.trim() || null,
      termStart: t.start,
      termEnd: t.end,
    });
  });
  issues.check();
  return members;
}

const OfficeEntry = z.object({
  id: z.string().trim().min(1).max(100),
  address: z.string().max(200).nullish(),
  suite: z.union([z.string().max(100), z.number()]).nullish(),
  building: z.string().max(200).nullish(),
  city: z.string().max(100).nullish(),
  state: z.string().regex(/^[A-Z]{2}$/, 'a two-letter state code').nullish(),
  zip: z.union([z.string().regex(/^(\d{5}(-\d{4})?)?$/, 'a 5-digit ZIP code'), z.number().int().min(0).max(99999)]).nullish(),
  phone: z.string().max(40).nullish(),
  latitude: z.number().nullish(),
  longitude: z.number().nullish(),
});

const OfficesEntry = z.object({
  id: z.object({ bioguide }),
  offices: z.array(z.unknown()).nullish(),
});

function addressLine(o: z.infer<typeof OfficeEntry>): string | null {
  const suite = o.suite === null || o.suite === undefined ? '' : String(o.suite).trim();
  // A bare number ("247") is a suite number; "Room 109" and "Suite 5" already say what they are.
  const suiteText = /^\d+[A-Z]?$/.test(suite) ? `Suite ${suite}` : suite;
  const parts = [o.building?.trim(), o.address?.trim(), suiteText].filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : null;
}

/** A 5-digit ZIP as text: a YAML file may hold it as a number that lost its leading zeros. */
function zipText(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  return typeof value === 'number' ? String(value).padStart(5, '0') : value.slice(0, 5);
}

export interface ParsedOffices {
  byMember: Map<string, StoredOffice[]>;
  /** Kept but worth saying: e.g. an impossible coordinate dropped (S001225's Rock Island office has latitude 441.5). */
  warnings: string[];
}

export function parseOffices(file: string, content: string): ParsedOffices {
  const data = readYaml(file, content);
  const issues = new IssueList(file);
  if (!Array.isArray(data)) {
    issues.add('(file)', 'expected a YAML list of members with their offices');
    issues.check();
  }
  const byMember = new Map<string, StoredOffice[]>();
  const warnings: string[] = [];
  (data as unknown[]).forEach((raw, index) => {
    if (issues.full) return;
    const entry = OfficesEntry.safeParse(raw);
    if (!entry.success) return issues.addZod(`[${index}]`, entry.error);
    const member = entry.data.id.bioguide;
    if (byMember.has(member)) return issues.add(`[${index}] ${member}`, 'the same bioguide ID appears twice');
    const offices: StoredOffice[] = [];
    (entry.data.offices ?? []).forEach((rawOffice, j) => {
      const where = `[${index}] ${member} offices[${j}]`;
      const parsed = OfficeEntry.safeParse(rawOffice);
      if (!parsed.success) return issues.addZod(where, parsed.error);
      const o = parsed.data;
      const phone = o.phone ? storePhone(o.phone) : null;
      if (o.phone && !phone) return issues.add(`${where}.phone`, `"${o.phone}" is not a valid US phone number`);
      let hasPoint = typeof o.latitude === 'number';
      if (hasPoint !== (typeof o.longitude === 'number')) return issues.add(where, 'has a latitude without a longitude, or the reverse');
      if (hasPoint && (Math.abs(o.latitude!) > 90 || Math.abs(o.longitude!) > 180)) {
        // One bad coordinate should not block a whole refresh: the office stays, unsorted by distance.
        warnings.push(`${file}: ${where} (${o.id}): latitude ${o.latitude}, longitude ${o.longitude} is not a place on Earth; the office is kept without coordinates.`);
        hasPoint = false;
      }
      offices.push([
        o.id,
        addressLine(o),
        o.city?.trim() || null,
        o.state ?? null,
        zipText(o.zip),
        phone,
        hasPoint ? roundCoordinate(o.latitude!) : null,
        hasPoint ? roundCoordinate(o.longitude!) : null,
      ]);
    });
    byMember.set(member, offices);
  });
  issues.check();
  return { byMember, warnings };
}
