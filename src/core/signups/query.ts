/** Reading sign-ups back for the organizer: count, search, and whole records with consents. */
import type Database from 'better-sqlite3';
import type { ConsentRecord, SignupRecord } from '../../common/contract';
import type { Language } from '../../common/content';
import { AppError } from '../errors';
import { sentence } from '../messages';
import { foldForSearch } from './search-key';

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
  return (db.prepare('SELECT COUNT(*) AS n FROM signups').get() as { n: number }).n;
}

/** LIKE with the user's text taken literally. */
function likePattern(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Every word must begin a word of the name, the email or the ZIP (compared folded: any case, with
 * or without accents), or, with 3 digits or more, appear in the phone number.
 */
function searchClause(query: string | undefined): { where: string; params: string[] } {
  const words = (query ?? '').trim().split(/\s+/).filter(Boolean).slice(0, 5);
  if (words.length === 0) return { where: '', params: [] };
  const conditions: string[] = [];
  const params: string[] = [];
  for (const word of words) {
    const digits = word.replace(/\D/g, '');
    const parts = ["(' ' || search_key) LIKE ? ESCAPE '\\'"];
    params.push(`% ${likePattern(foldForSearch(word))}%`);
    if (digits.length >= 3) {
      parts.push("phone LIKE ? ESCAPE '\\'");
      params.push(`%${digits}%`);
    }
    conditions.push(`(${parts.join(' OR ')})`);
  }
  return { where: `WHERE ${conditions.join(' AND ')}`, params };
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

function attachDetails(db: Database.Database, rows: SignupRow[]): SignupRecord[] {
  if (rows.length === 0) return [];
  const orgStmt = db.prepare(
    'SELECT organization_id AS id, organization_name AS name FROM signup_organizations WHERE signup_id = ? ORDER BY organization_name',
  );
  const consentStmt = db.prepare(`SELECT ${CONSENT_COLUMNS} FROM consents WHERE signup_id = ? ORDER BY ${CONSENT_ORDER}`);
  return rows.map((row) =>
    toSignupRecord(
      row,
      orgStmt.all(row.id) as { id: string; name: string }[],
      (consentStmt.all(row.id) as ConsentRow[]).map(toConsentRecord),
    ),
  );
}

export function signupGone(): AppError {
  return new AppError('not_found', sentence('signupGone'));
}

export function getSignup(db: Database.Database, id: string): SignupRecord {
  const row = db.prepare('SELECT * FROM signups WHERE id = ?').get(id) as SignupRow | undefined;
  const record = row ? attachDetails(db, [row])[0] : undefined;
  if (!record) throw signupGone();
  return record;
}

export function listSignups(
  db: Database.Database,
  options: { query?: string | undefined; limit?: number | undefined; offset?: number | undefined },
): { total: number; items: SignupRecord[] } {
  const { where, params } = searchClause(options.query);
  const total = (db.prepare(`SELECT COUNT(*) AS n FROM signups ${where}`).get(...params) as { n: number }).n;
  const rows = db
    .prepare(`SELECT * FROM signups ${where} ORDER BY created_at DESC, id LIMIT ? OFFSET ?`)
    .all(...params, options.limit ?? 100, options.offset ?? 0) as SignupRow[];
  return { total, items: attachDetails(db, rows) };
}
