/**
 * Reads the sign-ups an export covers: everyone, or only the people who agreed to share their
 * details with one organization. A few set-based queries, never one query per person; in an
 * organization's scope, every trace of the other organizations a person chose is dropped.
 */
import type Database from 'better-sqlite3';
import type { SignupRecord } from '../../common/contract';
import {
  CONSENT_COLUMNS,
  CONSENT_ORDER,
  toConsentRecord,
  toSignupRecord,
  type ConsentRow,
  type SignupRow,
} from '../signups/query';
import type { Contact } from './formats';

/** `@org` is null for everyone, or the organization whose share consent is required. */
const IN_SCOPE = `(@org IS NULL OR EXISTS (
  SELECT 1 FROM consents sc
  WHERE sc.signup_id = s.id AND sc.kind = 'share' AND sc.organization_id = @org AND sc.granted = 1))`;

const ORDER = 'ORDER BY s.created_at, s.id';

type ContactRow = Pick<SignupRow, 'id' | 'created_at' | 'language' | 'first_name' | 'last_name' | 'email' | 'phone' | 'zip'>;

const idSet = (db: Database.Database, sql: string, ...params: string[]): Set<string> =>
  new Set(db.prepare(sql).pluck().all(...params) as string[]);

/**
 * The tool formats' view of each person. Consent flags come from flat scans joined in memory:
 * per-person subqueries jump around the consents index (ids are random UUIDs) and measured 1.7x
 * slower at 100k sign-ups (bench/organizer.ts).
 */
export function loadContacts(db: Database.Database, organizationId: string | undefined): Contact[] {
  const granted = (kind: 'email' | 'sms') => idSet(db, `SELECT signup_id FROM consents WHERE kind = '${kind}' AND granted = 1`);
  const emailOk = granted('email');
  const smsOk = granted('sms');
  const inScope = organizationId
    ? idSet(db, "SELECT signup_id FROM consents WHERE kind = 'share' AND organization_id = ? AND granted = 1", organizationId)
    : null;
  const chosen = new Map<string, string[]>();
  if (!organizationId) {
    const rows = db.prepare('SELECT signup_id, organization_id FROM signup_organizations ORDER BY signup_id, organization_id').raw().all() as [string, string][];
    for (const [signupId, orgId] of rows) {
      const list = chosen.get(signupId);
      if (list) list.push(orgId);
      else chosen.set(signupId, [orgId]);
    }
  }
  const people = db
    .prepare('SELECT id, created_at, language, first_name, last_name, email, phone, zip FROM signups ORDER BY created_at, id')
    .all() as ContactRow[];
  return people
    .filter((r) => !inScope || inScope.has(r.id))
    .map((r) => ({
      id: r.id,
      createdAt: r.created_at,
      language: r.language,
      firstName: r.first_name,
      lastName: r.last_name,
      email: r.email,
      phone: r.phone,
      zip: r.zip,
      emailConsent: emailOk.has(r.id),
      smsConsent: smsOk.has(r.id),
      organizationIds: organizationId ? [organizationId] : (chosen.get(r.id) ?? []),
    }));
}

export interface FullExportData {
  records: SignupRecord[];
  /** Event id → event name, for the event_name column. */
  eventNames: Map<string, string>;
  /** Organizations with a share consent column block, sorted by id. */
  organizationIds: string[];
}

export function loadRecords(db: Database.Database, organizationId: string | undefined): FullExportData {
  const params = { org: organizationId ?? null };
  const signups = db.prepare(`SELECT s.* FROM signups s WHERE ${IN_SCOPE} ${ORDER}`).all(params) as SignupRow[];

  // In an organization's scope, only its share consent travels with the contact consents.
  const consentScope = `c.kind <> 'share' OR @org IS NULL OR c.organization_id = @org`;
  const consents = new Map<string, ReturnType<typeof toConsentRecord>[]>();
  const consentRows = db
    .prepare(
      `SELECT ${CONSENT_COLUMNS.split(', ').map((col) => `c.${col}`).join(', ')}
       FROM consents c JOIN signups s ON s.id = c.signup_id
       WHERE ${IN_SCOPE} AND (${consentScope}) ORDER BY c.signup_id, ${CONSENT_ORDER}`,
    )
    .iterate(params) as IterableIterator<ConsentRow>;
  for (const row of consentRows) {
    const list = consents.get(row.signup_id) ?? [];
    list.push(toConsentRecord(row));
    consents.set(row.signup_id, list);
  }

  const organizations = new Map<string, { id: string; name: string }[]>();
  const orgRows = db
    .prepare(
      `SELECT o.signup_id, o.organization_id AS id, o.organization_name AS name
       FROM signup_organizations o JOIN signups s ON s.id = o.signup_id
       WHERE ${IN_SCOPE} AND (@org IS NULL OR o.organization_id = @org) ORDER BY o.signup_id, o.organization_name`,
    )
    .iterate(params) as IterableIterator<{ signup_id: string; id: string; name: string }>;
  const organizationIds = new Set<string>();
  for (const { signup_id, id, name } of orgRows) {
    const list = organizations.get(signup_id) ?? [];
    list.push({ id, name });
    organizations.set(signup_id, list);
    organizationIds.add(id);
  }
  for (const list of consents.values()) {
    for (const c of list) if (c.organizationId) organizationIds.add(c.organizationId);
  }

  const eventNames = new Map(
    (
      db.prepare(`SELECT id, json_extract(settings_json, '$.name') AS name FROM events`).all() as {
        id: string;
        name: string | null;
      }[]
    ).map((e) => [e.id, e.name ?? '']),
  );

  return {
    records: signups.map((row) => toSignupRecord(row, organizations.get(row.id) ?? [], consents.get(row.id) ?? [])),
    eventNames,
    organizationIds: [...organizationIds].sort(),
  };
}

/** Whether anyone ever chose this organization (it may no longer be in the content pack). */
export function organizationHasSignups(db: Database.Database, organizationId: string): boolean {
  return db.prepare('SELECT 1 FROM signup_organizations WHERE organization_id = ? LIMIT 1').get(organizationId) !== undefined;
}
