/**
 * The API contract: every method, who may call it, and the zod schemas of its argument and result.
 * Both transports (Electron IPC, the browser host's HTTP) and the tests go through this one table.
 */
import { z } from 'zod';
import { ContentPack, Language } from './content';
import { EventPatch, EventSettings } from './event';
import { ImportArgs, ImportReport, InfoResult, LookupArgs, LookupResult, SearchStateArgs, SearchStateResult } from './legislators';
import {
  BackupFile,
  ContentFile,
  ContentImportResult,
  Deleted,
  ExportArgs,
  ExportPreview,
  ExportResult,
  RestoreArgs,
  RestoreResult,
  SignupStats,
} from './organizer';
import { DocumentsPdfArgs, DocumentsPdfResult } from './documents';
import { METHOD_NAMES, type MethodName } from './methods';
import { SystemStatus } from './system';
import {
  DestroySealedArgs,
  DestroySealedResult,
  GeneratedPassphrase,
  SealingOffArgs,
  VaultCreateArgs,
  VaultCreateResult,
  VaultStateResult,
  VaultStatus,
  VaultUnlockArgs,
} from './vault';
import { CallCount, CallExport, CallLogArgs, CallStats } from './calls';
import {
  BundleFile,
  BundleImportArgs,
  BundleImportResult,
  HubStartArgs,
  HubStatus,
  JoinArgs,
  KioskSyncStatus,
  KitFile,
  KitImportArgs,
  KitImportResult,
} from './sync';
import { ReviewExportArgs, ReviewFile, ReviewImportArgs, ReviewImportResult, TranslationsResult, TranslationStatus } from './translations';

export type Access = 'public' | 'organizer';

const optionalText = (max: number) => z.string().max(max).optional();

export const Pin = z.string().regex(/^\d{6,12}$/, 'a PIN of 6 to 12 digits');

export const SignupCreateArgs = z.strictObject({
  language: Language,
  firstName: z.string().max(200),
  lastName: optionalText(200),
  email: optionalText(320),
  phone: optionalText(40),
  zip: optionalText(10),
  organizationIds: z.array(z.string().max(64)).max(50),
  consent: z.strictObject({ email: z.boolean(), sms: z.boolean() }),
  /** Chosen by the kiosk per attempt: a retried request returns the first sign-up, not a copy. */
  clientId: z.uuid().optional(),
  /**
   * The organization whose page led here ("Keep me informed"): its box started ticked, and its
   * consent record says so.
   */
  fromOrganizationId: z.string().max(64).optional(),
});
export type SignupCreateArgs = z.infer<typeof SignupCreateArgs>;

/**
 * One row of a paper sign-up sheet, typed in at the console: the sheet's language(s), as printed
 * (documents.pdf's `language` and `secondLanguage`), and what the person wrote and ticked.
 */
export const PaperSignupArgs = z.strictObject({
  sheet: z.strictObject({ language: Language, secondLanguage: Language.optional() }),
  signup: SignupCreateArgs.omit({ fromOrganizationId: true }),
});
export type PaperSignupArgs = z.infer<typeof PaperSignupArgs>;

export const ConsentRecord = z.object({
  kind: z.enum(['email', 'sms', 'share']),
  organizationId: z.string().nullable(),
  granted: z.boolean(),
  text: z.string(),
  language: Language,
  recordedAt: z.string(),
  method: z.string(),
});
export type ConsentRecord = z.infer<typeof ConsentRecord>;

export const SignupRecord = z.object({
  id: z.uuid(),
  eventId: z.uuid(),
  createdAt: z.string(),
  language: Language,
  firstName: z.string(),
  lastName: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  zip: z.string().nullable(),
  organizations: z.array(z.object({ id: z.string(), name: z.string() })),
  consents: z.array(ConsentRecord),
});
export type SignupRecord = z.infer<typeof SignupRecord>;

const Token = z.object({ token: z.string(), expiresAt: z.string() });
const Empty = z.strictObject({});
const SignupId = z.strictObject({ id: z.uuid() });

function method<A extends z.ZodType, R extends z.ZodType>(access: Access, args: A, result: R) {
  return { access, args, result };
}

export const contract = {
  'content.get': method('public', z.strictObject({ language: Language.optional() }), ContentPack),
  'event.get': method('public', Empty, EventSettings),
  'signup.create': method('public', SignupCreateArgs, z.object({ id: z.uuid() })),
  'organizer.status': method(
    'public',
    Empty,
    // setupFirst: no PIN yet, and this kiosk stays closed until an organizer chooses one.
    z.object({ pinSet: z.boolean(), lockedUntil: z.string().nullable(), setupFirst: z.boolean() }),
  ),
  'organizer.setup': method('public', z.strictObject({ pin: Pin }), Token),
  'organizer.login': method('public', z.strictObject({ pin: z.string().max(64) }), Token),
  'organizer.logout': method('organizer', Empty, z.object({})),
  /**
   * A new PIN for whoever knows the data steward's passphrase or recovery code (a forgotten PIN,
   * or a PIN locked by someone failing on purpose); signs them in.
   */
  'organizer.resetPin': method(
    'public',
    z.union([z.strictObject({ pin: Pin, passphrase: z.string().min(1).max(500) }), z.strictObject({ pin: Pin, recoveryCode: z.string().min(1).max(500) })]),
    Token,
  ),
  'signups.count': method('organizer', Empty, z.object({ total: z.number().int() })),
  /** A row of a paper sheet, typed in: saved like a kiosk sign-up (sealed when there is a key); needs no unlock. */
  'signups.addPaper': method('organizer', PaperSignupArgs, z.object({ id: z.uuid() })),
  'signups.list': method(
    'organizer',
    z.strictObject({
      query: z.string().max(200).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
      offset: z.number().int().min(0).optional(),
    }),
    z.object({ total: z.number().int(), items: z.array(SignupRecord) }),
  ),
  'legislators.lookup': method('public', LookupArgs, LookupResult),
  'legislators.searchState': method('public', SearchStateArgs, SearchStateResult),
  'legislators.info': method('public', Empty, InfoResult),
  'legislators.import': method('organizer', ImportArgs, ImportReport),
  'event.update': method('organizer', EventPatch, EventSettings),
  'signups.stats': method('organizer', Empty, SignupStats),
  'signups.get': method('organizer', SignupId, SignupRecord),
  'signups.delete': method('organizer', SignupId, Deleted),
  /** Deletes every sign-up, only if confirmCount is the current total (what the console showed). */
  'signups.purge': method('organizer', z.strictObject({ confirmCount: z.number().int().min(0) }), Deleted),
  'signups.export': method('organizer', ExportArgs, ExportResult),
  /** The same counts as signups.export without the file, to warn before exporting. */
  'signups.exportPreview': method('organizer', ExportArgs, ExportPreview),
  'backup.create': method('organizer', Empty, BackupFile),
  'backup.restore': method('organizer', RestoreArgs, RestoreResult),
  'content.export': method('organizer', Empty, ContentFile),
  /** Also how the console saves edits: it edits a copy of the pack and imports it. */
  'content.import': method('organizer', z.strictObject({ pack: z.unknown() }), ContentImportResult),
  /** Closes the desktop kiosk: the only way out of kiosk mode is through the organizer's PIN. */
  'app.quit': method('organizer', Empty, z.object({})),
  'documents.pdf': method('organizer', DocumentsPdfArgs, DocumentsPdfResult),
  /** Database and disk sizes, the last write refused for lack of space, start-up notes. */
  'system.status': method('organizer', Empty, SystemStatus),
  // The data steward's vault (src/core/vault): reading people needs it unlocked for the session.
  'vault.status': method('organizer', Empty, VaultStatus),
  /** A passphrase to propose (six random words); nothing is stored. */
  'vault.generatePassphrase': method('organizer', Empty, GeneratedPassphrase),
  /** Makes the data key, seals every sign-up already here, and unlocks for this session. */
  'vault.create': method('organizer', VaultCreateArgs, VaultCreateResult),
  'vault.unlock': method('organizer', VaultUnlockArgs, VaultStateResult),
  'vault.lock': method('organizer', Empty, VaultStateResult),
  /** The steward's explicit choice to keep sign-ups unsealed (only while there is no data key). */
  'vault.sealingOff': method('organizer', SealingOffArgs, VaultStatus),
  /** Destroys the rows sealed to a key whose secrets are lost (never the current key's). */
  'vault.destroySealed': method('organizer', DestroySealedArgs, DestroySealedResult),
  /** A visitor's call, as an anonymous tally: script, legislator, outcome (core adds the hour). */
  'calls.log': method('public', CallLogArgs, z.object({})),
  /** The home screen's "N calls made at this event"; null when the organizer turned it off. */
  'calls.count': method('public', Empty, CallCount),
  'calls.stats': method('organizer', Empty, CallStats),
  /** Every tally as CSV (id, hour, script, legislator, outcome). */
  'calls.export': method('organizer', Empty, CallExport),
  // Many kiosks, one list (src/core/sync).
  /** The event kit (content, settings, the data key's public half, pairing code): on the steward's computer. */
  'event.kit.export': method('organizer', Empty, KitFile),
  /** Joins this kiosk to the event: same content and settings, sealing to the steward's key. */
  'event.kit.import': method('organizer', KitImportArgs, KitImportResult),
  /** This kiosk's sealed sign-ups and call tallies, signed, as one file. */
  'sync.bundle.export': method('organizer', Empty, BundleFile),
  /** A kiosk's bundle taken in: a union by id (conflicts and other keys counted, altered rows refused). */
  'sync.bundle.import': method('organizer', BundleImportArgs, BundleImportResult),
  /** "Receive from kiosks": listen on the local network for the sync endpoint only. */
  'sync.hub.start': method('organizer', HubStartArgs, HubStatus),
  'sync.hub.stop': method('organizer', Empty, HubStatus),
  /** Where it listens, the pairing code, and each kiosk: last seen, rows received, rows waiting. */
  'sync.hub.status': method('organizer', Empty, HubStatus),
  /** Joins the event over the local network: the steward's address and pairing code. */
  'sync.join': method('organizer', JoinArgs, KitImportResult),
  /** This kiosk: its event, its hub, rows not yet confirmed, the last push and why it failed. */
  'sync.status': method('organizer', Empty, KioskSyncStatus),
  /** Reviewers' corrections to the screens' catalogs, applied on top of the shipped ones. */
  'translations.get': method('public', Empty, TranslationsResult),
  /** Per language, catalog and content pack: how many texts, missing, reviewed by a native speaker. */
  'translations.status': method('organizer', Empty, TranslationStatus),
  /** The side-by-side review file (key, English, translation, status) as CSV for a spreadsheet. */
  'translations.export': method('organizer', ReviewExportArgs, ReviewFile),
  /** A reviewer's file back: every row checked (keys, placeholders, statuses) before anything changes. */
  'translations.import': method('organizer', ReviewImportArgs, ReviewImportResult),
} as const satisfies Record<MethodName, { access: Access; args: z.ZodType; result: z.ZodType }>;

export type Contract = typeof contract;
export type Args<M extends MethodName> = z.input<Contract[M]['args']>;
export type Result<M extends MethodName> = z.output<Contract[M]['result']>;

export { METHOD_NAMES, type MethodName };
export function isMethodName(name: string): name is MethodName {
  return (METHOD_NAMES as readonly string[]).includes(name);
}
