/**
 * `calls.log`: one anonymous tally per call a visitor reports (talked, voicemail, no answer).
 * What is kept: the script, the legislator (with their name as the data has it today), the
 * outcome, the UTC hour and the event. Nothing about the caller, and not even the minute: with
 * the hour only, a tally cannot be matched to a sign-up made at the same moment.
 */
import type Database from 'better-sqlite3';
import type { CallLogArgs } from '../../common/calls';
import type { ContentPack } from '../../common/content';
import { newId } from '../clock';
import { AppError } from '../errors';
import type { LegislatorService } from '../legislators/service';
import { sentence } from '../messages';

/** "2026-11-25T15:42:07.123Z" → "2026-11-25T15:00:00.000Z" */
export const hourOf = (iso: string): string => `${iso.slice(0, 13)}:00:00.000Z`;

const TARGET_BODY = { 'us-congress': 'congress', 'ma-legislature': 'ma-legislature' } as const;

export interface LogContext {
  pack: ContentPack;
  legislators: LegislatorService;
  eventId: string;
  now: string;
}

function refuse(path: string, reason: string, message: ReturnType<typeof sentence>): never {
  throw new AppError('invalid_argument', message, { issues: [{ path, reason }] });
}

export function logCall(db: Database.Database, args: CallLogArgs, context: LogContext): Record<string, never> {
  const script = context.pack.scripts.find((s) => s.id === args.scriptId);
  if (!script) refuse('scriptId', 'not a script of the current content', sentence('callUnknownScript'));
  const legislator = context.legislators.findLegislator(args.legislatorId);
  if (!legislator) refuse('legislatorId', 'not a legislator in the legislator data', sentence('callUnknownLegislator'));
  if (legislator.body !== TARGET_BODY[script.target]) {
    refuse('legislatorId', `not a legislator this script is for (${script.target})`, sentence('callWrongLegislator'));
  }
  db.prepare(
    `INSERT INTO call_tallies (id, event_id, script_id, legislator_id, legislator_name, outcome, hour)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(newId(), context.eventId, script.id, legislator.id, legislator.name, args.outcome, hourOf(context.now));
  return {};
}
