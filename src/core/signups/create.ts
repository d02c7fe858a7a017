/**
 * Saving a sign-up: core re-checks every field (the kiosk's checks are only a convenience), takes
 * the consent texts from the active content pack rather than from the request, and writes the
 * person, their chosen organizations and one consent record per box in a single transaction.
 */
import type Database from 'better-sqlite3';
import type { ConsentRecord, SignupCreateArgs, SignupRecord } from '../../common/contract';
import type { ContentPack, Language } from '../../common/content';
import type { EventSettings } from '../../common/event';
import type { FieldIssue } from '../../common/errors';
import { textIn, type Picked } from '../../common/localized';
import { checkSignupFields, normalizeEmail, parsePhone } from '../../common/signup';
import { AppError, isStorageFull } from '../errors';
import { say } from '../messages';
import { newId } from '../clock';
import { searchKey } from './search-key';
import type { SealedRow } from '../vault/vault';

export const CONSENT_METHOD = 'kiosk checkbox';
/** The one box that may start ticked: the person chose "Keep me informed" on that organization's page. */
export const PRESELECTED_METHOD = "kiosk checkbox, ticked by choosing 'Keep me informed' on the organization's page and left ticked";

const blankToNull = (value: string | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed ? trimmed.normalize('NFC') : null;
};

export function fillOrganization(text: string, name: string): string {
  return text.replaceAll('{organization}', name);
}

function validate(args: SignupCreateArgs, pack: ContentPack, event: EventSettings): void {
  const lang: Language = args.language;
  if (event.signupMode === 'browse-only') throw new AppError('forbidden', say('signupsOff', lang));
  const issues: FieldIssue[] = Object.entries(checkSignupFields(args)).map(([path, reason]) => ({ path, reason }));
  if (event.signupMode === 'no-last-name' && args.lastName?.trim()) {
    issues.push({ path: 'lastName', reason: 'not_collected' });
  }
  const known = new Set(pack.organizations.map((o) => o.id));
  args.organizationIds.forEach((id, i) => {
    if (!known.has(id)) issues.push({ path: `organizationIds.${i}`, reason: 'unknown_organization' });
  });
  if (issues.length > 0) throw new AppError('invalid_argument', say('signupInvalid', lang), { issues });
}

/**
 * Where a new sign-up goes: sealed to the data key (the vault answers null when there is none),
 * or, without a key, the unsealed tables.
 */
export type SealRow = (record: SignupRecord) => SealedRow | null;

/**
 * Prepared once per connection: preparing the statements and the transaction on every sign-up
 * cost about as much again as the writes themselves (measured by `npm run bench`).
 */
interface Writer {
  findByClient: Database.Statement<[string, string], { id: string }>;
  writeSealed: (row: SealedRow, clientId: string | null) => void;
  writePlain: (record: SignupRecord, clientId: string | null) => void;
}
const writers = new WeakMap<Database.Database, Writer>();

function writerFor(db: Database.Database): Writer {
  const known = writers.get(db);
  if (known) return known;
  const insertSealed = db.prepare(
    'INSERT INTO sealed_signups (id, client_id, created_hour, key_id, format, box) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const insertSignup = db.prepare(
    `INSERT INTO signups (id, client_id, event_id, created_at, language, first_name, last_name, email, phone, zip, search_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertOrg = db.prepare('INSERT INTO signup_organizations (signup_id, organization_id, organization_name) VALUES (?, ?, ?)');
  const insertConsent = db.prepare(
    `INSERT INTO consents (id, signup_id, kind, organization_id, granted, text, language, recorded_at, method)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const writer: Writer = {
    findByClient: db.prepare('SELECT id FROM sealed_signups WHERE client_id = ? UNION ALL SELECT id FROM signups WHERE client_id = ?'),
    // One row, one statement: SQLite makes a single statement atomic without a transaction.
    writeSealed: (row, clientId) => {
      insertSealed.run(row.id, clientId, row.createdHour, row.keyId, row.format, row.box);
    },
    writePlain: db.transaction((r: SignupRecord, clientId: string | null) => {
      insertSignup.run(r.id, clientId, r.eventId, r.createdAt, r.language, r.firstName, r.lastName, r.email, r.phone, r.zip, searchKey(r.firstName, r.lastName, r.email, r.zip));
      for (const org of r.organizations) insertOrg.run(r.id, org.id, org.name);
      for (const c of r.consents) insertConsent.run(newId(), r.id, c.kind, c.organizationId, c.granted ? 1 : 0, c.text, c.language, c.recordedAt, c.method);
    }),
  };
  writers.set(db, writer);
  return writer;
}

/** The record of a new sign-up, with the consent texts this pack shows in the person's language. */
function newRecord(args: SignupCreateArgs, pack: ContentPack, event: EventSettings, now: string): SignupRecord {
  const lang = args.language;
  const email = blankToNull(args.email);
  const organizations = [...new Set(args.organizationIds)].map((id) => {
    const org = pack.organizations.find((o) => o.id === id);
    return { id, name: org?.name ?? id };
  });
  // The text the kiosk showed: in the person's language, or in English where the pack has no
  // translation (the screen showed the English one, marked as English), and its language with it.
  const consent = (kind: ConsentRecord['kind'], organizationId: string | null, granted: boolean, shown: Picked, method = CONSENT_METHOD): ConsentRecord => ({
    kind,
    organizationId,
    granted,
    text: shown.text,
    language: shown.language,
    recordedAt: now,
    method,
  });
  const share = textIn(pack.consents.share, lang);
  return {
    id: newId(),
    eventId: event.id,
    createdAt: now,
    language: lang,
    firstName: blankToNull(args.firstName) ?? '',
    lastName: event.signupMode === 'no-last-name' ? null : blankToNull(args.lastName),
    email: email ? normalizeEmail(email) : null,
    phone: args.phone?.trim() ? parsePhone(args.phone) : null,
    zip: blankToNull(args.zip),
    organizations,
    consents: [
      // Both contact boxes are recorded, ticked or not: the record shows what was offered.
      consent('email', null, args.consent.email, textIn(pack.consents.email, lang)),
      consent('sms', null, args.consent.sms, textIn(pack.consents.sms, lang)),
      ...organizations.map((org) =>
        consent(
          'share',
          org.id,
          true,
          { text: fillOrganization(share.text, org.name), language: share.language },
          org.id === args.fromOrganizationId ? PRESELECTED_METHOD : CONSENT_METHOD,
        ),
      ),
    ],
  };
}

/** The new record, or null when this request was a retry of one already saved (its id is `id`). */
export function createSignup(
  db: Database.Database,
  args: SignupCreateArgs,
  context: { pack: ContentPack; event: EventSettings; now: string; seal: SealRow },
): { id: string; record: SignupRecord | null } {
  const { pack, event, now } = context;
  validate(args, pack, event);
  const writer = writerFor(db);
  const clientId = args.clientId ?? null;
  if (clientId) {
    const earlier = writer.findByClient.get(clientId, clientId);
    if (earlier) return { id: earlier.id, record: null };
  }
  const record = newRecord(args, pack, event, now);
  try {
    const sealed = context.seal(record);
    if (sealed) writer.writeSealed(sealed, clientId);
    else writer.writePlain(record, clientId);
  } catch (error) {
    if (isStorageFull(error)) throw Object.assign(new AppError('storage_full', say('storageFull', args.language)), { cause: error });
    throw error;
  }
  return { id: record.id, record };
}
