/**
 * What the exports read: the people an export covers (everyone, or only those who agreed to share
 * their details with one organization) and the tools' view of each. Pure functions of the records
 * the organizer is reading (signups/people.ts); in an organization's scope, every trace of the
 * other organizations a person chose is dropped. `loadPlainRecords` reads unsealed rows.
 */
import type Database from 'better-sqlite3';
import type { SignupRecord } from '../../common/contract';
import { CONSENT_COLUMNS, CONSENT_ORDER, toConsentRecord, toSignupRecord, type ConsentRow, type SignupRow } from '../signups/query';
import type { Contact } from './formats';

function granted(record: SignupRecord, kind: 'email' | 'sms' | 'share', organizationId: string | null = null): boolean {
  return record.consents.some((c) => c.kind === kind && c.organizationId === organizationId && c.granted);
}

/** The records in an export's scope, each cut down to what that scope may see. */
export function inScope(records: readonly SignupRecord[], organizationId: string | undefined): SignupRecord[] {
  if (!organizationId) return [...records];
  return records
    .filter((r) => granted(r, 'share', organizationId))
    .map((r) => ({
      ...r,
      organizations: r.organizations.filter((o) => o.id === organizationId),
      consents: r.consents.filter((c) => c.kind !== 'share' || c.organizationId === organizationId),
    }));
}

export function toContact(record: SignupRecord): Contact {
  return {
    id: record.id,
    createdAt: record.createdAt,
    language: record.language,
    firstName: record.firstName,
    lastName: record.lastName,
    email: record.email,
    phone: record.phone,
    zip: record.zip,
    emailConsent: granted(record, 'email'),
    smsConsent: granted(record, 'sms'),
    organizationIds: record.organizations.map((o) => o.id).sort(),
  };
}

/** Organizations with a share consent column block in the full export, sorted by id. */
export function organizationIdsIn(records: readonly SignupRecord[]): string[] {
  const ids = new Set<string>();
  for (const r of records) {
    for (const o of r.organizations) ids.add(o.id);
    for (const c of r.consents) if (c.organizationId) ids.add(c.organizationId);
  }
  return [...ids].sort();
}

/** Event id → event name, for the event_name column. */
export function eventNames(db: Database.Database): Map<string, string> {
  const rows = db.prepare(`SELECT id, json_extract(settings_json, '$.name') AS name FROM events`).all() as { id: string; name: string | null }[];
  return new Map(rows.map((e) => [e.id, e.name ?? '']));
}

/**
 * Every unsealed sign-up with its organizations and consents, oldest first. A few set-based
 * queries joined in memory, never one query per person.
 */
export function loadPlainRecords(db: Database.Database): SignupRecord[] {
  const signups = db.prepare('SELECT * FROM signups ORDER BY created_at, id').all() as SignupRow[];
  const consents = new Map<string, ReturnType<typeof toConsentRecord>[]>();
  const consentRows = db.prepare(`SELECT ${CONSENT_COLUMNS} FROM consents ORDER BY signup_id, ${CONSENT_ORDER}`).iterate() as IterableIterator<ConsentRow>;
  for (const row of consentRows) {
    const list = consents.get(row.signup_id) ?? [];
    list.push(toConsentRecord(row));
    consents.set(row.signup_id, list);
  }
  const organizations = new Map<string, { id: string; name: string }[]>();
  const orgRows = db
    .prepare('SELECT signup_id, organization_id AS id, organization_name AS name FROM signup_organizations ORDER BY signup_id, organization_name')
    .iterate() as IterableIterator<{ signup_id: string; id: string; name: string }>;
  for (const { signup_id, id, name } of orgRows) {
    const list = organizations.get(signup_id) ?? [];
    list.push({ id, name });
    organizations.set(signup_id, list);
  }
  return signups.map((row) => toSignupRecord(row, organizations.get(row.id) ?? [], consents.get(row.id) ?? []));
}
