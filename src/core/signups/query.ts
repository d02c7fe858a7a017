/**
 * Sign-up rows as stored: the count (sealed and unsealed alike, no key needed) and the record
 * shape of unsealed rows. Reading people goes through signups/people.ts.
 */
import type Database from 'better-sqlite3';
import type { ConsentRecord, SignupRecord } from '../../common/contract';
import type { Language } from '../../common/content';
import { AppError } from '../errors';
import { sentence } from '../messages';

export interface SignupRow {
  id: string;
  event_id: string;
  created_at: string;
  language: Language;
  first_name: string;
  last_name: string | null;
  email: string | null;
  phone: string | null;
  zip: string | null;
}

export function countSignups(db: Database.Database): number {
  return (db.prepare('SELECT (SELECT COUNT(*) FROM signups) + (SELECT COUNT(*) FROM sealed_signups) AS n').get() as { n: number }).n;
}

export interface ConsentRow {
  signup_id: string;
  kind: ConsentRecord['kind'];
  organization_id: string | null;
  granted: number;
  text: string;
  language: Language;
  recorded_at: string;
  method: string;
}

export const CONSENT_COLUMNS = 'signup_id, kind, organization_id, granted, text, language, recorded_at, method';
/** The order records list their consents in (and the full export's round trip relies on). */
export const CONSENT_ORDER = 'kind, organization_id';

export function toConsentRecord(c: ConsentRow): ConsentRecord {
  return {
    kind: c.kind,
    organizationId: c.organization_id,
    granted: c.granted === 1,
    text: c.text,
    language: c.language,
    recordedAt: c.recorded_at,
    method: c.method,
  };
}

export function toSignupRecord(
  row: SignupRow,
  organizations: { id: string; name: string }[],
  consents: ConsentRecord[],
): SignupRecord {
  return {
    id: row.id,
    eventId: row.event_id,
    createdAt: row.created_at,
    language: row.language,
    firstName: row.first_name,
    lastName: row.last_name,
    email: row.email,
    phone: row.phone,
    zip: row.zip,
    organizations,
    consents,
  };
}

export function signupGone(): AppError {
  return new AppError('not_found', sentence('signupGone'));
}

