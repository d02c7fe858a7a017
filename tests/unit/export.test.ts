import type Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { SignupRecord } from '../../src/common/contract';
import type { ExportResult } from '../../src/common/organizer';
import type { Core } from '../../src/core/core';
import { unneutralise } from '../../src/core/export/csv';
import { exportPhone, FULL_PERSON_COLUMNS, phoneFromExport, sharePrefix } from '../../src/core/export/formats';
import { ok, organizerToken, startCore, tempDir, TestClock, validSignup } from './helpers';
import { parseCsv, readExport } from './rfc4180';

const FORMULA_CHARACTERS = ['=', '+', '-', '@', '\t', '\r'];

interface Kiosk {
  core: Core;
  dir: string;
  /** The core's own connection: the kiosk holds the file exclusively while it runs. */
  db: Database.Database;
  token: string;
  clock: TestClock;
  signUp(overrides?: Record<string, unknown>): Promise<string>;
  exportCsv(format: string, organizationId?: string): Promise<ExportResult & { table: ReturnType<typeof readExport> }>;
  call<T>(method: string, args: unknown): Promise<T>;
}

async function kiosk(): Promise<Kiosk> {
  const dir = tempDir();
  const clock = new TestClock();
  let db: Database.Database | undefined;
  const core = startCore(dir, clock, { onDatabaseOpen: (live) => (db = live) });
  if (!db) throw new Error('no live connection');
  const token = await organizerToken(core);
  const call = <T>(method: string, args: unknown) => ok<T>(core, method, args, token);
  return {
    core,
    dir,
    db,
    token,
    clock,
    call,
    async signUp(overrides = {}) {
      clock.advance(60_000); // distinct times keep the exports' order (by time) predictable
      return (await ok<{ id: string }>(core, 'signup.create', { ...validSignup, ...overrides })).id;
    },
    async exportCsv(format, organizationId) {
      const result = await call<ExportResult>('signups.export', { format, organizationId });
      return { ...result, table: readExport(result.csv) };
    },
  };
}

/**
 * Writes a sign-up straight into the file, as a restored backup or a future import could hold
 * it: values signup.create refuses (line breaks, tabs) must still export safely.
 */
function insertRaw(db: Database.Database, eventId: string, fields: { firstName: string; lastName: string; email: string; at: string }): void {
  const id = randomUUID();
  db.prepare(
    `INSERT INTO signups (id, event_id, created_at, language, first_name, last_name, email) VALUES (?, ?, ?, 'en', ?, ?, ?)`,
  ).run(id, eventId, fields.at, fields.firstName, fields.lastName, fields.email);
  for (const kind of ['email', 'sms']) {
    db.prepare(
      `INSERT INTO consents (id, signup_id, kind, organization_id, granted, text, language, recorded_at, method)
       VALUES (?, ?, ?, NULL, 1, 'text', 'en', ?, 'kiosk checkbox')`,
    ).run(randomUUID(), id, kind, fields.at);
  }
}

const AWKWARD_NAMES = [
  'José, "Pepe"',
  'Zoë 🌻',
  'Nguyễn Thị',
  '=HYPERLINK("http://evil.example","Ana")',
  '+Ana',
  '-Bo',
  '@Cy',
  "'Dee",
];
const RAW_NAMES = ['Line\nBreak', 'Carriage\r\nReturn', '\tTabbed', '\rStart'];

describe('signups.export', () => {
  it('writes each tool’s own column names in its header row', async () => {
    const k = await kiosk();
    await k.signUp();
    const headers = Object.fromEntries(
      await Promise.all(
        ['action-network', 'nationbuilder', 'mobilize'].map(async (f) => [f, (await k.exportCsv(f)).table.header] as const),
      ),
    );
    expect(headers).toEqual({
      'action-network': ['first_name', 'last_name', 'email', 'zip_code', 'can2_phone', 'language', 'organizations'],
      nationbuilder: ['first_name', 'last_name', 'email', 'email_opt_in', 'mobile_number', 'mobile_opt_in', 'zip', 'language', 'tag_list'],
      mobilize: ['given_name', 'family_name', 'email_address', 'phone_number', 'postal_code', 'sms_opt_in_status'],
    });
    const full = (await k.exportCsv('full')).table.header;
    expect(full.slice(0, FULL_PERSON_COLUMNS.length)).toEqual([...FULL_PERSON_COLUMNS]);
    expect(full.slice(FULL_PERSON_COLUMNS.length)).toEqual([
      ...['granted', 'text', 'language', 'recorded_at', 'method'].map((f) => `consent_email_${f}`),
      ...['granted', 'text', 'language', 'recorded_at', 'method'].map((f) => `consent_sms_${f}`),
      'consent_share_mira-coalition_organization',
      ...['granted', 'text', 'language', 'recorded_at', 'method'].map((f) => `consent_share_mira-coalition_${f}`),
      'merged_signup_ids',
      'consent_history',
    ]);
  });

  it('keeps commas, quotes, accents, emoji, line breaks and formula-like names intact and harmless in every format', async () => {
    const k = await kiosk();
    for (const [i, name] of AWKWARD_NAMES.entries()) await k.signUp({ firstName: name, lastName: name, email: `p${i}@example.org` });
    const { id: eventId } = await ok<{ id: string }>(k.core, 'event.get', {});
    for (const [i, name] of RAW_NAMES.entries()) {
      insertRaw(k.db, eventId, { firstName: name, lastName: name, email: `raw${i}@example.org`, at: `2026-11-26T0${i}:00:00.000Z` });
    }
    const expected = [...AWKWARD_NAMES, ...RAW_NAMES];
    const firstNameColumn = { 'action-network': 'first_name', nationbuilder: 'first_name', mobilize: 'given_name', full: 'first_name' };
    for (const [format, column] of Object.entries(firstNameColumn)) {
      const { csv, table, rows } = await k.exportCsv(format);
      expect(rows, format).toBe(expected.length);
      expect(table.rows.map((r) => unneutralise(r[column] ?? '')), format).toEqual(expected);
      for (const row of table.rows) {
        for (const cell of Object.values(row)) expect(FORMULA_CHARACTERS, `${format}: ${JSON.stringify(cell)}`).not.toContain(cell.charAt(0));
      }
      // A line break inside a value stays inside its quotes (the strict reader above would also
      // refuse a bare LF or CR), so the file holds exactly one record per person after the header.
      expect(csv, format).toContain('"Line\nBreak"');
      expect(csv, format).toContain('"Carriage\r\nReturn"');
      expect(parseCsv(csv.slice(1)), format).toHaveLength(expected.length + 1);
    }
    const an = (await k.exportCsv('action-network')).csv;
    expect(an).toContain('"\'=HYPERLINK(""http://evil.example"",""Ana"")"');
    expect(an).toContain('"José, ""Pepe"""');
    expect(an).toContain('Zoë 🌻');
  });

  it('gives back the same records when the full export is parsed', async () => {
    const k = await kiosk();
    await k.signUp({ language: 'es', firstName: 'María José', organizationIds: ['mira-coalition', 'chirla'], consent: { email: true, sms: true } });
    await k.signUp({ firstName: 'Bo', lastName: undefined, email: undefined, phone: '+52 55 1234 5678', zip: undefined, organizationIds: [], consent: { email: false, sms: true } });
    await k.signUp({ firstName: '=Eve, "the" 🌻', email: 'eve@example.org', phone: undefined, organizationIds: ['nilc'], consent: { email: false, sms: false } });
    const { items } = await k.call<{ items: SignupRecord[] }>('signups.list', {});
    const { table } = await k.exportCsv('full');
    expect(table.rows).toHaveLength(3);
    const orgIds = table.header.filter((h) => h.endsWith('_organization')).map((h) => h.slice('consent_share_'.length, -'_organization'.length));
    expect(orgIds).toEqual(['chirla', 'mira-coalition', 'nilc']);

    const cell = (row: Record<string, string>, column: string) => unneutralise(row[column] ?? '');
    const nullable = (value: string) => (value === '' ? null : value);
    const consent = (row: Record<string, string>, prefix: string, kind: 'email' | 'sms' | 'share', organizationId: string | null) =>
      cell(row, `${prefix}_granted`) === ''
        ? []
        : [
            {
              kind,
              organizationId,
              granted: cell(row, `${prefix}_granted`) === 'yes',
              text: cell(row, `${prefix}_text`),
              language: cell(row, `${prefix}_language`),
              recordedAt: cell(row, `${prefix}_recorded_at`),
              method: cell(row, `${prefix}_method`),
            },
          ];
    const parsed = table.rows.map((row) => ({
      id: cell(row, 'signup_id'),
      eventId: cell(row, 'event_id'),
      createdAt: cell(row, 'created_at'),
      language: cell(row, 'language'),
      firstName: cell(row, 'first_name'),
      lastName: nullable(cell(row, 'last_name')),
      email: nullable(cell(row, 'email')),
      phone: phoneFromExport(cell(row, 'phone')),
      zip: nullable(cell(row, 'zip')),
      organizations: orgIds
        .filter((id) => cell(row, `${sharePrefix(id)}_organization`) !== '')
        .map((id) => ({ id, name: cell(row, `${sharePrefix(id)}_organization`) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
      consents: [
        ...consent(row, 'consent_email', 'email', null),
        ...orgIds.flatMap((id) => consent(row, sharePrefix(id), 'share', id)),
        ...consent(row, 'consent_sms', 'sms', null),
      ],
    }));
    const byTime = (a: { createdAt: string }, b: { createdAt: string }) => a.createdAt.localeCompare(b.createdAt);
    const listed = [...items].sort(byTime).map((r) => ({ ...r, organizations: [...r.organizations].sort((a, b) => a.name.localeCompare(b.name)) }));
    expect(parsed).toEqual(listed);
    expect(table.rows[0]?.event_name).toBe('Take Action for Immigrants');
  });

  it('keeps the language a person used in the Action Network file', async () => {
    const k = await kiosk();
    await k.signUp({ language: 'es', firstName: 'María', email: 'maria@example.org' });
    await k.signUp({ firstName: 'Ann', email: 'ann@example.org' });
    expect((await k.exportCsv('action-network')).table.rows.map((r) => [r.first_name, r.language])).toEqual([
      ['María', 'es'],
      ['Ann', 'en'],
    ]);
  });

  it('puts only people who agreed to share with an organization in its file, and nothing about other organizations', async () => {
    const k = await kiosk();
    await k.signUp({ firstName: 'Ana', email: 'ana@example.org', organizationIds: ['mira-coalition'] });
    await k.signUp({ firstName: 'Ben', email: 'ben@example.org', organizationIds: ['chirla'] });
    await k.signUp({ firstName: 'Cai', email: 'cai@example.org', organizationIds: ['chirla', 'mira-coalition'] });
    await k.signUp({ firstName: 'Dee', email: 'dee@example.org', organizationIds: [] });
    const pack = await ok<{ organizations: { id: string; name: string }[] }>(k.core, 'content.get', {});
    const chirla = pack.organizations.find((o) => o.id === 'chirla')!.name;

    for (const format of ['action-network', 'nationbuilder', 'mobilize', 'full']) {
      const { table, csv, filename } = await k.exportCsv(format, 'mira-coalition');
      const emails = table.rows.map((r) => r.email ?? r.email_address);
      expect(emails, format).toEqual(['ana@example.org', 'cai@example.org']);
      expect(csv, format).not.toContain('chirla');
      expect(csv, format).not.toContain(chirla);
      expect(filename).toBe(`take-action-signups-${format}-mira-coalition-2026-11-25.csv`);
    }
    // Action Network: the organizations each chose, as a custom column; in one organization's
    // file, only that organization.
    expect((await k.exportCsv('action-network')).table.rows.map((r) => [r.first_name, r.organizations])).toEqual([
      ['Ana', 'mira-coalition'],
      ['Ben', 'chirla'],
      ['Cai', 'chirla,mira-coalition'],
      ['Dee', ''],
    ]);
    expect((await k.exportCsv('action-network', 'mira-coalition')).table.rows.map((r) => r.organizations)).toEqual(['mira-coalition', 'mira-coalition']);
    const nb = (await k.exportCsv('nationbuilder', 'mira-coalition')).table.rows;
    expect(nb.map((r) => r.tag_list)).toEqual(['take-action-kiosk,mira-coalition', 'take-action-kiosk,mira-coalition']);
    const everyone = (await k.exportCsv('nationbuilder')).table.rows;
    expect(everyone.map((r) => r.tag_list)).toEqual([
      'take-action-kiosk,mira-coalition',
      'take-action-kiosk,chirla',
      'take-action-kiosk,chirla,mira-coalition',
      'take-action-kiosk',
    ]);
    expect((await k.exportCsv('full', 'chirla')).table.rows.map((r) => r.first_name)).toEqual(['Ben', 'Cai']);
  });

  it('counts, before and at export, who an email-keyed tool would drop or must not get', async () => {
    const k = await kiosk();
    await k.signUp({ firstName: 'Phone', email: undefined, phone: '617-555-0101', consent: { email: false, sms: true } });
    await k.signUp({ firstName: 'NoEmailOk', email: 'no@example.org', phone: undefined, consent: { email: false, sms: false } });
    await k.signUp({ firstName: 'Both', email: 'both@example.org', phone: '(617) 555-0123', consent: { email: true, sms: true } });
    await k.signUp({ firstName: 'NoTexts', email: 'nt@example.org', phone: '+52 55 1234 5678', consent: { email: true, sms: false } });
    const expected = {
      'action-network': { rows: 2, skippedNoEmail: 1, skippedNoConsent: 1 },
      nationbuilder: { rows: 3, skippedNoEmail: 1, skippedNoConsent: 0 },
      mobilize: { rows: 2, skippedNoEmail: 1, skippedNoConsent: 1 },
      full: { rows: 4, skippedNoEmail: 0, skippedNoConsent: 0 },
    };
    for (const [format, counts] of Object.entries(expected)) {
      expect(await k.call('signups.exportPreview', { format }), format).toEqual({ ...counts, merged: 0 });
      const result = await k.exportCsv(format);
      expect({ rows: result.rows, skippedNoEmail: result.skippedNoEmail, skippedNoConsent: result.skippedNoConsent }).toEqual(counts);
      expect(result.table.rows).toHaveLength(counts.rows);
    }
    // Phones without a leading +: 10 digits in North America, 011 and the country code elsewhere.
    expect((await k.exportCsv('action-network')).table.rows).toEqual([
      { first_name: 'Both', last_name: 'Pérez', email: 'both@example.org', zip_code: '02130', can2_phone: '6175550123', language: 'en', organizations: 'mira-coalition' },
      { first_name: 'NoTexts', last_name: 'Pérez', email: 'nt@example.org', zip_code: '02130', can2_phone: '', language: 'en', organizations: 'mira-coalition' },
    ]);
    expect((await k.exportCsv('nationbuilder')).table.rows.map((r) => [r.email, r.email_opt_in, r.mobile_number, r.mobile_opt_in])).toEqual([
      ['no@example.org', 'N', '', ''],
      ['both@example.org', 'Y', '6175550123', 'Y'],
      ['nt@example.org', 'Y', '011525512345678', 'N'],
    ]);
    expect((await k.exportCsv('mobilize')).table.rows.map((r) => [r.phone_number, r.sms_opt_in_status])).toEqual([
      ['6175550123', 'OPT_IN'],
      ['', 'UNSPECIFIED'],
    ]);
  });

  it('makes one person of the same email or the same phone and first name, keeping every consent record; a family sharing a phone stays apart', async () => {
    const k = await kiosk();
    // The same person at two kiosks: different case, a later yes to texts, another organization.
    await k.signUp({ firstName: 'Rosa', email: 'Rosa.Q@example.org', phone: undefined, organizationIds: ['mira-coalition'], consent: { email: true, sms: false } });
    await k.signUp({ firstName: 'Rosa', lastName: 'Quispe', email: 'rosa.q@example.org', phone: '617-555-0177', organizationIds: ['chirla'], consent: { email: false, sms: true } });
    // A mother and her son, one phone, no email: two people.
    await k.signUp({ firstName: 'Marta', email: undefined, phone: '617-555-0188', organizationIds: ['nilc'], consent: { email: false, sms: true } });
    await k.signUp({ firstName: 'Tomás', email: undefined, phone: '617-555-0188', organizationIds: ['nilc'], consent: { email: false, sms: true } });
    // The same person again by phone and first name (any accents or case).
    await k.signUp({ firstName: 'tomas', email: undefined, phone: '(617) 555-0188', organizationIds: [], consent: { email: false, sms: true } });

    expect(await k.call('signups.exportPreview', { format: 'full' })).toEqual({ rows: 3, skippedNoEmail: 0, skippedNoConsent: 0, merged: 2 });
    const an = await k.exportCsv('action-network');
    expect(an.merged).toBe(2);
    // One row for Rosa, with her newest details, and a yes to email from her first sign-up.
    // …and every organization she chose at either kiosk.
    expect(an.table.rows).toEqual([{ first_name: 'Rosa', last_name: 'Quispe', email: 'rosa.q@example.org', zip_code: '02130', can2_phone: '6175550177', language: 'en', organizations: 'chirla,mira-coalition' }]);
    const full = (await k.exportCsv('full')).table.rows;
    expect(full.map((r) => r.first_name)).toEqual(['Rosa', 'Marta', 'tomas']);
    const rosa = full[0]!;
    expect(rosa.merged_signup_ids?.split(' ')).toHaveLength(2);
    expect(rosa.consent_email_granted).toBe('yes');
    expect(rosa['consent_share_mira-coalition_granted']).toBe('yes');
    expect(rosa.consent_share_chirla_granted).toBe('yes');
    // Every consent record of both sign-ups: email, sms and a share each.
    expect(rosa.consent_history?.split('\n')).toHaveLength(6);
    expect(rosa.consent_history).toMatch(/ email no en \(kiosk checkbox\): /);
    expect(rosa.consent_history).toMatch(/ email yes en \(kiosk checkbox\): /);
  });

  it('names files by format and date only, and refuses an organization nobody knows', async () => {
    const k = await kiosk();
    await k.signUp();
    expect((await k.exportCsv('action-network')).filename).toBe('take-action-signups-action-network-2026-11-25.csv');
    const answer = await k.core.call('signups.export', { format: 'full', organizationId: 'no-such-org' }, { token: k.token });
    expect(answer).toMatchObject({ ok: false, error: { code: 'not_found' } });
    const empty = await k.exportCsv('mobilize', 'nilc');
    expect(empty.rows).toBe(0);
    expect(empty.csv).toBe('\uFEFFgiven_name,family_name,email_address,phone_number,postal_code,sms_opt_in_status\r\n');
  });
});

describe('exportPhone', () => {
  it('drops the + and is reversible', () => {
    for (const e164 of ['+16175550123', '+525512345678', '+447911123456', '+14165550199']) {
      const cell = exportPhone(e164)!;
      expect(cell).toMatch(/^\d+$/);
      expect(phoneFromExport(cell)).toBe(e164);
    }
    expect(exportPhone('+16175550123')).toBe('6175550123');
    expect(exportPhone(null)).toBeNull();
  });
});
