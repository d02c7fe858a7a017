/**
 * `calls.export`: every tally as one CSV row (the organizer's spreadsheet pivots them), written by
 * our CSV writer, so names are neutralised against formula injection like every export.
 * Rows are sorted by hour, then legislator, script and outcome: never in the order calls were made.
 */
import type Database from 'better-sqlite3';
import type { CallExport } from '../../common/calls';
import type { ContentPack } from '../../common/content';
import { csvDocument } from '../export/csv';

export const CALL_CSV_HEADER = ['id', 'hour_utc', 'script_id', 'script_title', 'legislator_id', 'legislator_name', 'outcome'] as const;

interface Row {
  id: string;
  hour: string;
  script_id: string;
  legislator_id: string;
  legislator_name: string;
  outcome: string;
}

export function exportCalls(db: Database.Database, pack: ContentPack, now: Date): CallExport {
  const rows = db
    .prepare(
      `SELECT id, hour, script_id, legislator_id, legislator_name, outcome FROM call_tallies
       ORDER BY hour, legislator_name, legislator_id, script_id, outcome, id`,
    )
    .all() as Row[];
  const titles = new Map(pack.scripts.map((s) => [s.id, s.title.en]));
  return {
    filename: `take-action-calls-${now.toISOString().slice(0, 10)}.csv`,
    csv: csvDocument(
      CALL_CSV_HEADER,
      rows.map((r) => [r.id, r.hour, r.script_id, titles.get(r.script_id) ?? '', r.legislator_id, r.legislator_name, r.outcome]),
    ),
    rows: rows.length,
  };
}
