/**
 * The call tally: how many calls the kiosk's visitors made, to whom, with what outcome. A tally
 * holds the script, the legislator, the outcome and the UTC hour: never anything about the caller.
 */
import { z } from 'zod';
import { LocalizedText } from './content';

export const CALL_OUTCOMES = ['talked', 'voicemail', 'no-answer'] as const;
export const CallOutcome = z.enum(CALL_OUTCOMES);
export type CallOutcome = z.infer<typeof CallOutcome>;

const count = z.number().int().min(0);

export const CallLogArgs = z.strictObject({
  /** A script of the active content pack. */
  scriptId: z.string().max(64),
  /**
   * Who was called, as the legislator data names them: a Bioguide ID ("W000817") for a member of
   * Congress, an Open States ID ("ocd-person/<uuid>") for a Massachusetts legislator. It must fit
   * the script's target.
   */
  legislatorId: z.string().max(100),
  outcome: CallOutcome,
});
export type CallLogArgs = z.infer<typeof CallLogArgs>;

/** Each outcome's count, zeros included. */
export const OutcomeCounts = z.object({ talked: count, voicemail: count, 'no-answer': count });
export type OutcomeCounts = z.infer<typeof OutcomeCounts>;

export const CallStats = z.object({
  total: count,
  byOutcome: OutcomeCounts,
  /** Most called first. The name is the legislator data's, or the one recorded with the calls. */
  byLegislator: z.array(
    z.object({
      id: z.string(),
      name: z.string(),
      /** "congress" (Bioguide ID) or "ma-legislature" (Open States ID). */
      body: z.enum(['congress', 'ma-legislature']),
      total: count,
      outcomes: OutcomeCounts,
    }),
  ),
  /** Scripts the calls were made with; title null when the script is no longer in the content. */
  byScript: z.array(z.object({ id: z.string(), title: LocalizedText(160).nullable(), total: count })),
  /** UTC hour buckets ("2026-11-25T15:00:00.000Z"), oldest first, empty hours included. */
  byHour: z.array(z.object({ hour: z.string(), total: count, outcomes: OutcomeCounts })),
});
export type CallStats = z.infer<typeof CallStats>;

/** What the kiosk's home screen shows: null when the organizer turned the count off. */
export const CallCount = z.object({ total: count.nullable() });
export type CallCount = z.infer<typeof CallCount>;

export const CallExport = z.object({
  /** e.g. take-action-calls-2026-11-25.csv */
  filename: z.string(),
  /** UTF-8 with a byte-order mark, CRLF line ends, RFC 4180 quoting, formulas neutralised. */
  csv: z.string(),
  rows: count,
});
export type CallExport = z.infer<typeof CallExport>;
