/** Counts for the console's chart: by UTC hour, by organization, by language. */
import type Database from 'better-sqlite3';
import { LANGUAGES, type ContentPack, type Language } from '../../common/content';
import type { SignupStats } from '../../common/organizer';
import { countSignups } from './query';

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

export function signupStats(db: Database.Database, pack: ContentPack): SignupStats {
  // Times are stored as UTC ISO text, so the first 13 characters are the hour.
  const hours = db
    .prepare(
      `SELECT substr(created_at, 1, 13) || ':00:00.000Z' AS hour, COUNT(*) AS count
       FROM signups GROUP BY 1 ORDER BY 1`,
    )
    .all() as { hour: string; count: number }[];

  // The name shown at sign-up is kept per person; the pack's current name wins when it has one.
  const organizations = db
    .prepare(
      `SELECT organization_id AS id, MAX(organization_name) AS name, COUNT(DISTINCT signup_id) AS count
       FROM signup_organizations GROUP BY organization_id ORDER BY count DESC, organization_id`,
    )
    .all() as { id: string; name: string; count: number }[];
  const currentName = new Map(pack.organizations.map((o) => [o.id, o.name]));

  const languages = new Map(
    (db.prepare('SELECT language, COUNT(*) AS count FROM signups GROUP BY language').all() as {
      language: Language;
      count: number;
    }[]).map((l) => [l.language, l.count]),
  );

  return {
    total: countSignups(db),
    byHour: fillHours(hours),
    byOrganization: organizations.map((o) => ({ ...o, name: currentName.get(o.id) ?? o.name })),
    byLanguage: LANGUAGES.map((language) => ({ language, count: languages.get(language) ?? 0 })),
  };
}
