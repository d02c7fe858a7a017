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
import { catalogText } from '../i18n/catalogs';
import { newId } from '../clock';
import { searchKey } from './search-key';
import type { SealedRow } from '../vault/vault';

export const CONSENT_METHOD = 'kiosk checkbox';

/**
 * The one box that may start ticked: the person chose the organization page's button and left the
 * box ticked. The record quotes the button as that person saw it (the kiosk catalog's words, with
 * a reviewer's correction if there is one).
 */
export function preselectedMethod(language: Language): string {
  const button = catalogText('kiosk', language, 'organization.keepMeInformed');
  return `kiosk checkbox, ticked by choosing '${button}' on the organization's page (${language} screen) and left ticked`;
}

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
  // An organization hidden at this event was never on screen (those of hidden sections stay
  // choosable, as before organizations could be hidden one by one).
  const hidden = new Set(event.hiddenOrganizations);
  const known = new Set(pack.organizations.filter((o) => !hidden.has(o.id)).map((o) => o.id));
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

/**
 * The words a person agreed to and how: the kiosk's boxes show the pack's texts in their language;
 * a paper sheet printed its own (paper.ts). Each text carries its language: the one asked for, or
 * English where the pack has no translation (the screen showed the English one, marked as such).
 */
export interface ConsentWording {
  email: Picked;
  sms: Picked;
  /** The share text for one organization. */
  share(organizationName: string): Picked;
  method(kind: ConsentRecord['kind'], organizationId: string | null): string;
}

/** What the kiosk's form shows in `language`. */
export function kioskWording(pack: ContentPack, language: Language, fromOrganizationId?: string): ConsentWording {
  const share = textIn(pack.consents.share, language);
  return {
    email: textIn(pack.consents.email, language),
    sms: textIn(pack.consents.sms, language),
    share: (name) => ({ text: fillOrganization(share.text, name), language: share.language }),
    method: (_kind, organizationId) => (organizationId !== null && organizationId === fromOrganizationId ? preselectedMethod(language) : CONSENT_METHOD),
  };
}

/** The record of a new sign-up, with the consent texts the person was shown. */
function newRecord(args: SignupCreateArgs, pack: ContentPack, event: EventSettings, now: string, wording: ConsentWording): SignupRecord {
  const lang = args.language;
  const email = blankToNull(args.email);
  const organizations = [...new Set(args.organizationIds)].map((id) => {
    const org = pack.organizations.find((o) => o.id === id);
    return { id, name: org?.name ?? id };
  });
  const consent = (kind: ConsentRecord['kind'], organizationId: string | null, granted: boolean, shown: Picked): ConsentRecord => ({
    kind,
    organizationId,
    granted,
    text: shown.text,
    language: shown.language,
    recordedAt: now,
    method: wording.method(kind, organizationId),
  });
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
      consent('email', null, args.consent.email, wording.email),
      consent('sms', null, args.consent.sms, wording.sms),
      ...organizations.map((org) => consent('share', org.id, true, wording.share(org.name))),
    ],
  };
}

/** The new record, or null when this request was a retry of one already saved (its id is `id`). */
export function createSignup(
  db: Database.Database,
  args: SignupCreateArgs,
  context: { pack: ContentPack; event: EventSettings; now: string; seal: SealRow; wording?: ConsentWording },
): { id: string; record: SignupRecord | null } {
  const { pack, event, now } = context;
  const wording = context.wording ?? kioskWording(pack, args.language, args.fromOrganizationId);
  validate(args, pack, event);
  const writer = writerFor(db);
  const clientId = args.clientId ?? null;
  if (clientId) {
    const earlier = writer.findByClient.get(clientId, clientId);
    if (earlier) return { id: earlier.id, record: null };
  }
  const record = newRecord(args, pack, event, now, wording);
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
