/**
 * Shapes of the organizer console's methods: statistics, exports, deletion, backups and content
 * transfer. The contract (contract.ts) wires them to method names; the renderer imports the types
 * and constants (EXPORT_FORMATS) from here.
 */
import { z } from 'zod';
import { Language } from './content';

const count = z.number().int().min(0);
const slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'an organization id such as "mira-coalition"');

export const EXPORT_FORMATS = ['action-network', 'nationbuilder', 'mobilize', 'full'] as const;
export const ExportFormat = z.enum(EXPORT_FORMATS);
export type ExportFormat = z.infer<typeof ExportFormat>;

export const ExportArgs = z.strictObject({
  format: ExportFormat,
  /** Only people who agreed to share their details with this organization. */
  organizationId: slug.optional(),
});
export type ExportArgs = z.infer<typeof ExportArgs>;

export const ExportPreview = z.object({
  /** People in the file (one row each, after the header). */
  rows: count,
  /** People left out because the tool keys people by email and they gave only a phone. */
  skippedNoEmail: count,
  /** People left out because they gave an email but did not agree to be emailed (see formats.ts). */
  skippedNoConsent: count,
  /** Sign-ups joined to another of the same person (same email or phone): one row each. */
  merged: count.optional(),
});
export type ExportPreview = z.infer<typeof ExportPreview>;

export const ExportResult = ExportPreview.extend({
  /** e.g. take-action-signups-action-network-2026-11-25.csv: never personal data. */
  filename: z.string(),
  /** UTF-8 text starting with a byte-order mark, CRLF line ends, RFC 4180 quoting. */
  csv: z.string(),
});
export type ExportResult = z.infer<typeof ExportResult>;

export const SignupStats = z.object({
  total: count,
  /** UTC hour buckets ("2026-11-25T15:00:00.000Z"), oldest first, empty hours included. */
  byHour: z.array(z.object({ hour: z.string(), count })),
  /** Most chosen first; the name is the pack's current one, or the one shown at sign-up. */
  byOrganization: z.array(z.object({ id: z.string(), name: z.string(), count })),
  /** Every kiosk language, zero included. */
  byLanguage: z.array(z.object({ language: Language, count })),
  /** Sign-ups are sealed and the data key is locked: by organization and language are empty. */
  sealed: z.literal(true).optional(),
});
export type SignupStats = z.infer<typeof SignupStats>;

export const Deleted = z.object({
  deleted: count,
  total: count,
  /** Database copies kept beside the live file (before a restore, damaged) left with nobody, so removed. */
  removedCopies: count.optional(),
  /** Kept copies SQLite could not open (damaged): they could not be checked for these people. */
  unreadableCopies: count.optional(),
});
export type Deleted = z.infer<typeof Deleted>;

export const BackupFile = z.object({ filename: z.string(), base64: z.string() });
export type BackupFile = z.infer<typeof BackupFile>;

/** A backup of a few hundred sign-ups is well under 1 MB; this bounds memory, not real use. */
export const MAX_BACKUP_BASE64_CHARS = 400 * 1024 * 1024;

export const RestoreArgs = z.strictObject({
  base64: z.string().min(1).max(MAX_BACKUP_BASE64_CHARS),
  /** The console's "Bring this backup in?" answer, enforced here. */
  confirm: z.literal(true),
});

export const RestoreResult = z.object({
  /** Sign-ups here after the restore: every one from before, plus the backup's new ones. */
  signups: count,
  /** Sign-ups the backup added (those already here are kept as they are). */
  added: count.optional(),
  /** Sign-ups with an id already here but other contents: the one here is kept, never overwritten. */
  conflicts: count.optional(),
  contentAsOf: z.string(),
  /** File name (in the data folder) of the copy of the data that was replaced. */
  previousCopy: z.string(),
});
export type RestoreResult = z.infer<typeof RestoreResult>;

export const ContentFile = z.object({ filename: z.string(), json: z.string() });
export type ContentFile = z.infer<typeof ContentFile>;

export const ContentImportResult = z.object({
  id: z.string(),
  version: z.string(),
  asOf: z.string(),
  sections: count,
  organizations: count,
  scripts: count,
});
export type ContentImportResult = z.infer<typeof ContentImportResult>;
