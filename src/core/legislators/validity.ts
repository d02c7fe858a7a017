/**
 * How long legislator data stays right: each part ends with its legislature's term. The 119th
 * Congress ends on 2027-01-03, the 194th Massachusetts General Court on 2027-01-06; after that
 * the people in the data may no longer hold the seats. Pure: dates in, dates out (YYYY-MM-DD, UTC).
 */
import type { DataValidity, ValidityStatus } from '../../common/legislators';
import type { Dataset, StoredMember } from './dataset';

/** The console warns this many days before the data's end. */
export const WARN_DAYS_BEFORE = 30;

const DAY_MS = 86_400_000;

const dayOf = (time: number) => new Date(time).toISOString().slice(0, 10);
const timeOf = (day: string) => Date.parse(`${day}T00:00:00.000Z`);

/**
 * The end of the Congress the data describes: the day the House members' terms end (every
 * representative's term ends with the Congress). The most common end wins, so one odd record (a
 * member sworn in for a term ending elsewhere) cannot move it. Without House members, the next
 * 3 January of an odd year after the data's date, when every Congress ends (20th Amendment).
 */
export function congressValidUntil(members: readonly Pick<StoredMember, 'type' | 'termEnd'>[], asOf: string): string {
  const counts = new Map<string, number>();
  for (const m of members) if (m.type === 'rep') counts.set(m.termEnd, (counts.get(m.termEnd) ?? 0) + 1);
  let best: [string, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1] || (entry[1] === best[1] && entry[0] < best[0])) best = entry;
  if (best) return best[0];
  let year = Number(asOf.slice(0, 4));
  if (year % 2 === 0) year += 1;
  if (`${year}-01-03` <= asOf) year += 2;
  return `${year}-01-03`;
}

/** The first Wednesday of January of `year`, when a Massachusetts General Court convenes. */
export function firstWednesdayOfJanuary(year: number): string {
  const weekday = new Date(Date.UTC(year, 0, 1)).getUTCDay();
  const offset = (3 - weekday + 7) % 7;
  return `${year}-01-${String(1 + offset).padStart(2, '0')}`;
}

/**
 * The end of the General Court the members sit in: the next one convenes on the first Wednesday
 * of January of an odd year. `latestStart` is the newest start of a current role (a member
 * elected in a special election starts mid-term; the newest start is inside the current Court).
 */
export function generalCourtValidUntil(latestStart: string): string {
  let year = Number(latestStart.slice(0, 4));
  if (year % 2 === 0) year += 1;
  let end = firstWednesdayOfJanuary(year);
  while (end <= latestStart) {
    year += 2;
    end = firstWednesdayOfJanuary(year);
  }
  return end;
}

/** Valid, in its last WARN_DAYS_BEFORE days, or over (from `validUntil` itself on). */
export function validityStatus(validUntil: string, today: string): ValidityStatus {
  if (today >= validUntil) return 'expired';
  return today >= dayOf(timeOf(validUntil) - WARN_DAYS_BEFORE * DAY_MS) ? 'expiring' : 'valid';
}

/** The valid-until dates a data set carries, or derives for an import saved before it carried them. */
export function validUntilOf(dataset: Dataset): NonNullable<Dataset['validUntil']> {
  if (dataset.validUntil) return dataset.validUntil;
  const asOf = (id: string) => dataset.sources.find((s) => s.id === id)?.asOf ?? '1970-01-01';
  return { congress: congressValidUntil(dataset.members, asOf('members')), maLegislature: generalCourtValidUntil(asOf('maLegislators')) };
}

export function describeValidity(dataset: Dataset, today: string): DataValidity {
  const { congress, maLegislature } = validUntilOf(dataset);
  return {
    congress: { validUntil: congress, status: validityStatus(congress, today) },
    maLegislature: { validUntil: maLegislature, status: validityStatus(maLegislature, today) },
  };
}
