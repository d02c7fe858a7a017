/** Counts for the console's chart: by UTC hour, by organization, by language. */
import type Database from 'better-sqlite3';
import { LANGUAGES, type ContentPack, type Language } from '../../common/content';
import type { SignupStats } from '../../common/organizer';
import { countSignups } from './query';
import type { PeopleIndex } from './people-index';

const HOUR_MS = 3_600_000;
/** Beyond this many hours between first and last sign-up, only hours with sign-ups are listed. */
export const MAX_FILLED_HOURS = 2_000;

/** Hours with no sign-up are listed with 0 so a chart's bars sit at the right places. */
export function fillHours(counts: { hour: string; count: number }[]): { hour: string; count: number }[] {
  const first = counts[0];
  const last = counts.at(-1);
  if (!first || !last) return [];
  const start = Date.parse(first.hour);
  const end = Date.parse(last.hour);
  if (!Number.isFinite(start) || !Number.isFinite(end) || (end - start) / HOUR_MS > MAX_FILLED_HOURS) return counts;
  const byHour = new Map(counts.map((c) => [c.hour, c.count]));
  const filled: { hour: string; count: number }[] = [];
  for (let t = start; t <= end; t += HOUR_MS) {
    const hour = new Date(t).toISOString();
    filled.push({ hour, count: byHour.get(hour) ?? 0 });
  }
  return filled;
}

/** Sign-ups per UTC hour, sealed and unsealed alike: the hour is all a sealed row shows. */
function countsByHour(db: Database.Database): { hour: string; count: number }[] {
  // Times are stored as UTC ISO text, so the first 13 characters are the hour.
  return db
    .prepare(
      `SELECT hour, COUNT(*) AS count FROM (
         SELECT substr(created_at, 1, 13) || ':00:00.000Z' AS hour FROM signups
         UNION ALL SELECT created_hour FROM sealed_signups)
       GROUP BY hour ORDER BY hour`,
    )
    .all() as { hour: string; count: number }[];
}

/**
 * Counts for the console's chart. By organization and by language says something about people,
 * so it needs `people` (the index the organizer may read); without it (sealed and locked) only the
 * total and the hours are given, and `sealed` says why the rest is empty.
 */
export function signupStats(db: Database.Database, pack: ContentPack, people: PeopleIndex | null): SignupStats {
  const organizations = new Map<string, { id: string; name: string; count: number }>();
  const languages = new Map<Language, number>();
  for (const record of people?.oldestFirst() ?? []) {
    languages.set(record.language, (languages.get(record.language) ?? 0) + 1);
    for (const org of record.organizations) {
      const known = organizations.get(org.id);
      // The name shown at sign-up is kept per person; the pack's current name wins when it has one.
      if (known) {
        known.count += 1;
        if (org.name > known.name) known.name = org.name;
      } else organizations.set(org.id, { ...org, count: 1 });
    }
  }
  const currentName = new Map(pack.organizations.map((o) => [o.id, o.name]));
  const byOrganization = [...organizations.values()]
    .sort((a, b) => b.count - a.count || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((o) => ({ ...o, name: currentName.get(o.id) ?? o.name }));
  return {
    total: countSignups(db),
    byHour: fillHours(countsByHour(db)),
    byOrganization,
    byLanguage: people ? LANGUAGES.map((language) => ({ language, count: languages.get(language) ?? 0 })) : [],
    ...(people ? {} : { sealed: true }),
  };
}
