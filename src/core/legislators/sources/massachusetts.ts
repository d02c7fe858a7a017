/**
 * openstates/people data/ma/legislature/*.yml: one file per sitting member of the General Court.
 * The current role is the one without an end_date (it is not always the last one), and so is the
 * current party.
 */
import { z } from 'zod';
import type { StoredStateLegislator, StoredStateOffice } from '../dataset';
import { storePhone } from '../phone';
import { IssueList, SourceError, isoDay, readYaml, type SourceIssue } from './issues';

const day = z.custom<string | Date>((v) => isoDay(v) !== null, 'a date YYYY-MM-DD');
const text = (max: number) => z.string().trim().min(1).max(max);

const PersonFile = z.object({
  id: z.string().regex(/^ocd-person\/[0-9a-f-]{36}$/, 'an Open States ID like ocd-person/<uuid>'),
  name: text(120),
  email: z.string().trim().max(200).optional(),
  party: z.array(z.object({ name: text(60), end_date: day.optional() })).min(1, 'at least one party'),
  roles: z
    .array(
      z.object({
        type: z.string(),
        district: z.union([z.string(), z.number()]).transform(String),
        jurisdiction: z.string(),
        start_date: day.optional(),
        end_date: day.optional(),
      }),
    )
    .min(1, 'at least one role'),
  offices: z
    .array(z.object({ classification: z.string(), address: z.string().max(300).optional(), voice: z.string().max(60).optional() }))
    .optional(),
  links: z.array(z.object({ url: z.string().max(300) })).optional(),
  other_names: z.array(z.object({ name: z.string().max(120) })).optional(),
});

const OFFICE_KIND: Record<string, StoredStateOffice[0]> = { capitol: 'capitol', district: 'district', 'district-mail': 'district' };

export function parseStateLegislator(file: string, content: string): StoredStateLegislator {
  return readStateLegislator(file, content).person;
}

/** The person, and the day their current role started (null when the file does not say). */
function readStateLegislator(file: string, content: string): { person: StoredStateLegislator; since: string | null } {
  const issues = new IssueList(file);
  const parsed = PersonFile.safeParse(readYaml(file, content));
  if (!parsed.success) {
    issues.addZod('', parsed.error);
    issues.check();
  }
  const person = parsed.data!;
  const current = person.roles.map((r, i) => ({ ...r, index: i })).filter((r) => r.end_date === undefined);
  if (current.length !== 1) issues.add('roles', `exactly one role must have no end_date (the current one); found ${current.length}`);
  const role = current[0];
  if (role && (role.type !== 'upper' && role.type !== 'lower')) issues.add(`roles[${role.index}].type`, 'must be "upper" (Senate) or "lower" (House)');
  if (role && !role.jurisdiction.includes('state:ma')) issues.add(`roles[${role.index}].jurisdiction`, 'must be the Massachusetts government');
  const offices: StoredStateOffice[] = [];
  (person.offices ?? []).forEach((office, i) => {
    const kind = OFFICE_KIND[office.classification];
    if (!kind) return issues.add(`offices[${i}].classification`, `"${office.classification}" is not capitol, district or district-mail`);
    const phone = office.voice ? storePhone(office.voice) : null;
    if (office.voice && !phone) return issues.add(`offices[${i}].voice`, `"${office.voice}" is not a valid US phone number`);
    offices.push([kind, office.address?.trim() || null, phone]);
  });
  if (person.email !== undefined && !/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(person.email)) issues.add('email', 'is not an email address');
  issues.check();
  const party = person.party.find((p) => p.end_date === undefined) ?? person.party.at(-1)!;
  const since = role?.start_date === undefined ? null : isoDay(role.start_date);
  const stored: StoredStateLegislator = {
    id: person.id,
    name: person.name,
    otherNames: (person.other_names ?? []).map((n) => n.name.trim()).filter((n) => n && n !== person.name),
    chamber: role!.type as 'upper' | 'lower',
    district: role!.district.trim(),
    party: party.name,
    email: person.email?.trim() || null,
    url: person.links?.[0]?.url ?? null,
    offices,
  };
  return { person: stored, since };
}

/**
 * The whole set: every file parsed (all issues gathered), no one twice, and not too few; with the
 * newest start of a current role, which tells which General Court the files describe.
 */
export function parseStateLegislators(files: { name: string; content: string }[]): { people: StoredStateLegislator[]; latestStart: string | null } {
  const issues: SourceIssue[] = [];
  const people: StoredStateLegislator[] = [];
  let latestStart: string | null = null;
  const seen = new Map<string, string>();
  for (const file of files) {
    try {
      const { person, since } = readStateLegislator(file.name, file.content);
      if (since && (!latestStart || since > latestStart)) latestStart = since;
      const other = seen.get(person.id);
      if (other) issues.push({ file: file.name, where: 'id', reason: `the same person as ${other}` });
      seen.set(person.id, file.name);
      people.push(person);
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      issues.push(...error.issues);
    }
    if (issues.length >= 20) break;
  }
  if (issues.length > 0) throw new SourceError(issues.slice(0, 20));
  return { people: people.sort((a, b) => a.name.localeCompare(b.name, 'en')), latestStart };
}
