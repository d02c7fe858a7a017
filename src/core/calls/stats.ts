/** The console's call totals: by outcome, by legislator, by script and by UTC hour. */
import type Database from 'better-sqlite3';
import { CALL_OUTCOMES, type CallOutcome, type CallStats, type OutcomeCounts } from '../../common/calls';
import type { ContentPack } from '../../common/content';
import { AppError } from '../errors';
import type { KnownLegislator } from '../legislators/service';
import { fillHours } from '../signups/stats';

interface Row {
  legislator_id: string;
  legislator_name: string;
  script_id: string;
  outcome: CallOutcome;
  hour: string;
  count: number;
}

const noOutcomes = (): OutcomeCounts => ({ talked: 0, voicemail: 0, 'no-answer': 0 });

export function countCalls(db: Database.Database): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM call_tallies').get() as { n: number }).n;
}

/**
 * `find` names a legislator from today's data; one who left it (after a fresh import) keeps the
 * name recorded with their calls. A Bioguide ID is Congress, an Open States ID Massachusetts.
 */
export function callStats(db: Database.Database, pack: ContentPack, find: (id: string) => KnownLegislator | null): CallStats {
  const rows = db
    .prepare(
      `SELECT legislator_id, MAX(legislator_name) AS legislator_name, script_id, outcome, hour, COUNT(*) AS count
       FROM call_tallies GROUP BY legislator_id, script_id, outcome, hour`,
    )
    .all() as Row[];
  const byOutcome = noOutcomes();
  const legislators = new Map<string, CallStats['byLegislator'][number]>();
  const scripts = new Map<string, number>();
  const hours = new Map<string, OutcomeCounts>();
  const known = safeFinder(find);
  for (const row of rows) {
    byOutcome[row.outcome] += row.count;
    let legislator = legislators.get(row.legislator_id);
    if (!legislator) {
      const current = known(row.legislator_id);
      legislator = {
        id: row.legislator_id,
        name: current?.name ?? row.legislator_name,
        body: current?.body ?? (row.legislator_id.startsWith('ocd-person/') ? 'ma-legislature' : 'congress'),
        total: 0,
        outcomes: noOutcomes(),
      };
      legislators.set(row.legislator_id, legislator);
    }
    legislator.total += row.count;
    legislator.outcomes[row.outcome] += row.count;
    scripts.set(row.script_id, (scripts.get(row.script_id) ?? 0) + row.count);
    const hour = hours.get(row.hour) ?? noOutcomes();
    hour[row.outcome] += row.count;
    hours.set(row.hour, hour);
  }
  const sum = (o: OutcomeCounts) => CALL_OUTCOMES.reduce((n, k) => n + o[k], 0);
  const titles = new Map(pack.scripts.map((s) => [s.id, s.title]));
  const totals = [...hours].map(([hour, outcomes]) => ({ hour, count: sum(outcomes) })).sort((a, b) => a.hour.localeCompare(b.hour));
  return {
    total: sum(byOutcome),
    byOutcome,
    byLegislator: [...legislators.values()].sort((a, b) => b.total - a.total || a.name.localeCompare(b.name, 'en')),
    byScript: [...scripts].map(([id, total]) => ({ id, title: titles.get(id) ?? null, total })).sort((a, b) => b.total - a.total || a.id.localeCompare(b.id)),
    byHour: fillHours(totals).map(({ hour, count }) => ({ hour, total: count, outcomes: hours.get(hour) ?? noOutcomes() })),
  };
}

/** Without legislator data (none shipped, none imported) the recorded names still serve. */
function safeFinder(find: (id: string) => KnownLegislator | null): (id: string) => KnownLegislator | null {
  let usable = true;
  return (id) => {
    if (!usable) return null;
    try {
      return find(id);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      usable = false;
      return null;
    }
  };
}
