/**
 * Paper sign-ups typed in at the console (signups.addPaper): saved the way a kiosk sign-up is
 * (sealed once a data key exists, without unlocking it), with the consent method "paper sheet" and
 * the exact consent texts the sheet printed, in each of its languages; the sheet's PDF prints them.
 */
import { describe, expect, it } from 'vitest';
import type { SignupRecord } from '../../src/common/contract';
import type { ExportResult } from '../../src/common/organizer';
import type { DocumentsPdfResult } from '../../src/common/documents';
import { defaultPack } from '../../src/core/content/store';
import { PAPER_METHOD, sheetConsents } from '../../src/core/signups/paper';
import { findPerson } from '../support/byte-scan';
import { ok, organizerToken, startCore, tempDir, TestClock } from './helpers';
import { pdfText, saveArtifact } from './pdf-tools';
import { readExport } from './rfc4180';

const CHEAP = { N: 2 ** 10, r: 8, p: 1 };
const PASSPHRASE = 'orbit velvet canyon mosaic lantern thistle';
const pack = defaultPack();
const row = {
  language: 'es',
  firstName: 'Marisol',
  lastName: 'Ybarra-Quintanilla',
  email: 'marisol.yq@example.org',
  phone: '413-555-0177',
  zip: '01060',
  organizationIds: ['mira-coalition'],
  consent: { email: true, sms: false },
} as const;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

async function console(dir = tempDir()) {
  const core = startCore(dir, new TestClock(), { kdfCost: CHEAP });
  const token = await organizerToken(core);
  return { dir, core, token, call: <T>(method: string, args: unknown = {}) => ok<T>(core, method, args, token) };
}

describe('signups.addPaper', () => {
  it('records the sheet’s printed texts, in both languages of a bilingual sheet, with the method "paper sheet"', async () => {
    const { call } = await console();
    const { id } = await call<{ id: string }>('signups.addPaper', { sheet: { language: 'en', secondLanguage: 'es' }, signup: row });
    const record = await call<SignupRecord>('signups.get', { id });
    expect(record).toMatchObject({ language: 'es', firstName: 'Marisol', phone: '+14135550177', organizations: [{ id: 'mira-coalition' }] });
    const [en, es] = [sheetConsents(pack, 'en'), sheetConsents(pack, 'es')];
    expect(record.consents.map((c) => [c.kind, c.granted, c.text, c.method]).sort()).toEqual([
      ['email', true, `${en.email}\n${es.email}`, PAPER_METHOD],
      ['share', true, `${en.share}\n${es.share}`, PAPER_METHOD],
      ['sms', false, `${en.sms}\n${es.sms}`, PAPER_METHOD],
    ]);
    expect(es.share).toContain('las organizaciones cuyos números anoto');
  });

  it('is sealed once a data key exists, and needs no unlock to write; the export has it with its method', async () => {
    const { dir, call, core } = await console();
    await call('vault.create', { passphrase: PASSPHRASE });
    await call('vault.lock');
    const { id } = await call<{ id: string }>('signups.addPaper', { sheet: { language: 'es' }, signup: row });
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(findPerson(dir, { firstName: row.firstName, lastName: row.lastName, email: row.email, phoneDigits: '4135550177', zip: row.zip })).toEqual([]);
    expect(await core.call('signups.get', { id }, { token: (await organizerToken(core)) })).toMatchObject({ ok: false, error: { code: 'vault_locked' } });

    await call('vault.unlock', { passphrase: PASSPHRASE });
    const full = readExport((await call<ExportResult>('signups.export', { format: 'full' })).csv);
    expect(full.rows).toHaveLength(1);
    expect(full.rows[0]).toMatchObject({ first_name: 'Marisol', consent_email_granted: 'yes', consent_email_method: 'paper sheet', consent_email_text: sheetConsents(pack, 'es').email });
  });

  it('checks a row as the kiosk checks a sign-up, and a retried row is saved once', async () => {
    const { call, core, token } = await console();
    const bad = await core.call('signups.addPaper', { sheet: { language: 'en' }, signup: { ...row, email: 'marisol@', phone: undefined } }, { token });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_argument', issues: [{ path: 'email', reason: 'invalid_email' }] } });
    const clientId = '5f0a4a3e-6c1b-4d0e-9a55-1b2c3d4e5f61';
    const first = await call<{ id: string }>('signups.addPaper', { sheet: { language: 'en' }, signup: { ...row, clientId } });
    const again = await call<{ id: string }>('signups.addPaper', { sheet: { language: 'en' }, signup: { ...row, clientId } });
    expect(again.id).toBe(first.id);
    expect(await call('signups.count')).toEqual({ total: 1 });
    expect(await core.call('signups.addPaper', { sheet: { language: 'en' }, signup: row })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('prints the same texts on the bilingual sheet it records', async () => {
    const { call } = await console();
    const result = await call<DocumentsPdfResult>('documents.pdf', { kind: 'signup-sheet', language: 'en', secondLanguage: 'es', paper: 'letter' });
    expect(result.filename).toMatch(/-signup-sheet-en-es-letter\.pdf$/);
    const text = await pdfText(saveArtifact('signup-sheet-en-es-letter', Buffer.from(result.base64, 'base64')));
    for (const language of ['en', 'es'] as const) {
      const printed = sheetConsents(pack, language);
      for (const consent of [printed.email, printed.sms, printed.share]) expect(text).toContain(squash(consent));
    }
    for (const label of ['First name', 'Nombre', 'Sign-up sheet / Hoja de inscripción', 'Organizations (write their numbers): / Organizaciones (anote sus números):']) expect(text).toContain(label);
  });
});
