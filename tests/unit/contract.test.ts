import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { contract, METHOD_NAMES, type MethodName } from '../../src/common/contract';
import { ERROR_CODES } from '../../src/common/errors';
import type { Core } from '../../src/core/core';
import { fingerprintTables, ok, organizerToken, startCore, validSignup } from './helpers';

const ORGANIZER_METHODS = METHOD_NAMES.filter((m) => contract[m].access === 'organizer');

/** Wrong arguments for each method: wrong types, missing fields, unknown fields, out of range. */
const INVALID_ARGS: Record<MethodName, unknown[]> = {
  'app.quit': [null, 'x', { extra: 1 }],
  'content.get': [null, 'en', [], { language: 'fr' }, { language: 1 }, { extra: true }],
  'event.get': [null, 42, 'x', { extra: 1 }],
  'signup.create': [
    null,
    {},
    'signup',
    { ...validSignup, language: 'fr' },
    { ...validSignup, firstName: 7 },
    { ...validSignup, firstName: '' },
    { ...validSignup, firstName: '   ' },
    { ...validSignup, firstName: 'x'.repeat(201) },
    { ...validSignup, firstName: 'Ana\u202e' },
    { ...validSignup, email: 'not-an-email' },
    { ...validSignup, email: 'a@b' },
    { ...validSignup, phone: '123' },
    { ...validSignup, email: undefined, phone: undefined },
    { ...validSignup, email: '', phone: '' },
    { ...validSignup, zip: '2130' },
    { ...validSignup, zip: 'ABCDE' },
    { ...validSignup, organizationIds: ['no-such-org'] },
    { ...validSignup, organizationIds: 'mira-coalition' },
    { ...validSignup, consent: { email: 'yes', sms: false } },
    { ...validSignup, consent: { email: true } },
    { ...validSignup, email: undefined, consent: { email: true, sms: false } },
    { ...validSignup, phone: undefined, consent: { email: false, sms: true } },
    { ...validSignup, clientId: 'not-a-uuid' },
    { ...validSignup, immigrationStatus: 'anything' },
    { ...validSignup, organizationIds: [], consent: { email: false, sms: false } },
  ],
  'organizer.status': [null, 5, { extra: 1 }],
  'organizer.setup': [null, {}, { pin: 123456 }, { pin: '12345' }, { pin: 'abcdef' }, { pin: '1'.repeat(13) }],
  'organizer.login': [null, {}, { pin: 123456 }, { pin: 'x'.repeat(65) }],
  'organizer.logout': [null, 'x', { extra: 1 }],
  'organizer.resetPin': [null, {}, { pin: '246810' }, { passphrase: 'long enough words here' }, { pin: '12', passphrase: 'x' }, { pin: '246810', passphrase: '' }],
  'signups.count': [null, 'x', { extra: 1 }],
  'signups.addPaper': [
    null,
    {},
    { signup: validSignup },
    { sheet: { language: 'en' } },
    { sheet: { language: 'fr' }, signup: validSignup },
    { sheet: { language: 'en', secondLanguage: 'de' }, signup: validSignup },
    { sheet: { language: 'en' }, signup: { ...validSignup, fromOrganizationId: 'mira-coalition' } },
    { sheet: { language: 'en' }, signup: { ...validSignup, email: 'not-an-email' } },
    { sheet: { language: 'en' }, signup: { ...validSignup, email: undefined, phone: undefined } },
    { sheet: { language: 'en' }, signup: { ...validSignup, organizationIds: ['no-such-org'] } },
    { sheet: { language: 'en' }, signup: { ...validSignup, organizationIds: [], consent: { email: false, sms: false } } },
  ],
  'signups.list': [null, { limit: 0 }, { limit: 5000 }, { offset: -1 }, { query: 5 }, { limit: 1.5 }, { extra: 1 }],
  'legislators.lookup': [null, {}, { zip: 2130 }, { zip: '2130' }, { zip: 'ABCDE' }, { zip: '021301' }, { zip: '02130', language: 'fr' }, { zip: '02130', extra: 1 }],
  'legislators.searchState': [null, {}, { state: 'NY' }, { state: 'MA', query: 5 }, { state: 'MA', query: 'x'.repeat(101) }],
  'legislators.info': [null, 'x', { extra: 1 }],
  'legislators.import': [
    null,
    {},
    { files: [] },
    { files: 'zccd.csv' },
    { files: [{ name: 'zccd.csv' }] },
    { files: [{ name: 'zccd.csv', content: 'x' }], asOf: 'yesterday' },
    { files: [{ name: 'zccd.csv', content: 'state_fips,state_abbr,zcta,cd\r\n25,MA,02130,7\r\n' }] },
  ],
  'event.update': [
    null,
    'x',
    { id: '8a3f4a3e-6c1b-4d0e-9a55-1b2c3d4e5f60' },
    { name: '' },
    { name: '   ' },
    { name: 'x'.repeat(121) },
    { idleSeconds: 5 },
    { idleSeconds: 181 },
    { idleSeconds: 30.5 },
    { date: '2026-13-01' },
    { date: 'tomorrow' },
    { region: 'mars' },
    { defaultLanguage: 'fr' },
    { languages: [] },
    { languages: ['fr'] },
    { languages: ['es'], defaultLanguage: 'en' },
    { signupMode: 'everything' },
    { hiddenSections: 'legal' },
    { hiddenSections: ['no-such-section'] },
    { hiddenOrganizations: ['no-such-organization'] },
    { featuredOrganizations: ['nilc', 'no-such-organization'] },
    { featuredOrganizations: ['nilc'], hiddenOrganizations: ['nilc'] },
    { featuredOrganizations: Array(13).fill('nilc') },
    { callIdleSeconds: 59 },
    { callIdleSeconds: 901 },
    { startTime: '25:00' },
    { startTime: '9:30' },
    { names: { fr: 'Rassemblement' } },
    { names: { es: '' } },
    { extra: 1 },
  ],
  'signups.stats': [null, 'x', { extra: 1 }],
  'signups.get': [null, {}, { id: 'nope' }, { id: 5 }, { id: '8a3f4a3e-6c1b-4d0e-9a55-1b2c3d4e5f60', extra: 1 }],
  'signups.delete': [null, {}, { id: 'nope' }, { id: 5 }],
  'signups.purge': [null, {}, { confirmCount: -1 }, { confirmCount: 1.5 }, { confirmCount: '0' }],
  'signups.export': [null, {}, { format: 'excel' }, { format: 'full', organizationId: 'Bad Id' }, { format: 'full', extra: 1 }],
  'signups.exportPreview': [null, {}, { format: 'csv' }, { format: 'mobilize', organizationId: 7 }],
  'backup.create': [null, 'x', { extra: 1 }],
  'backup.restore': [
    null,
    {},
    { base64: 'AAAA' },
    { base64: 'AAAA', confirm: false },
    { base64: '', confirm: true },
    { base64: 5, confirm: true },
  ],
  'content.export': [null, 'x', { extra: 1 }],
  'content.import': [null, {}, { pack: {} }, { pack: 'x' }, { pack: null }, { pack: {}, extra: 1 }],
  'documents.pdf': [
    null,
    {},
    { kind: 'poster', language: 'en', paper: 'letter' },
    { kind: 'flyer', language: 'fr', paper: 'letter' },
    { kind: 'flyer', language: 'en', paper: 'legal' },
    { kind: 'flyer', language: 'en' },
    { kind: 'flyer', language: 'en', paper: 'letter', organizationIds: [] },
    { kind: 'flyer', language: 'en', paper: 'letter', organizationIds: Array(7).fill('nilc') },
    { kind: 'flyer', language: 'en', paper: 'letter', layout: '2-up' },
    { kind: 'directory', language: 'en', paper: 'a4', scriptIds: ['x'] },
    { kind: 'script', language: 'en', paper: 'a4', layout: '3-up' },
    { kind: 'script', language: 'en', paper: 'a4', town: '' },
    { kind: 'script', language: 'en', paper: 'a4', town: 'Boston\u202e' },
    { kind: 'script', language: 'en', paper: 'a4', legislator: { name: 'Ed Markey' } },
    { kind: 'script', language: 'en', paper: 'a4', legislator: { name: 'Ed Markey', title: 'Senator', chamber: 'upper' } },
    { kind: 'signup-sheet', language: 'es', paper: 'a4', pageCount: 0 },
    { kind: 'signup-sheet', language: 'es', paper: 'a4', pageCount: 51 },
    { kind: 'signup-sheet', language: 'es', paper: 'a4', pageCount: 1.5 },
    { kind: 'signup-sheet', language: 'es', paper: 'a4', secondLanguage: 'fr' },
    { kind: 'flyer', language: 'es', paper: 'a4', secondLanguage: 'en' },
  ],
  'system.status': [null, 'x', { extra: 1 }],
  'vault.status': [null, 'x', { extra: 1 }],
  'vault.generatePassphrase': [null, 'x', { words: 12 }],
  'vault.create': [null, {}, { passphrase: '' }, { passphrase: 5 }, { passphrase: 'x'.repeat(501) }, { passphrase: 'long enough words here', replaceLostKey: false }],
  'vault.unlock': [null, {}, { passphrase: '' }, { recoveryCode: 7 }, { passphrase: 'a', recoveryCode: 'b' }, { secret: 'x' }],
  'vault.lock': [null, 'x', { extra: 1 }],
  'vault.sealingOff': [null, {}, { confirm: false }, { confirm: 'yes' }],
  'vault.destroySealed': [null, {}, { keyId: 'nothex', confirmCount: 1 }, { keyId: '0123456789abcdef', confirmCount: -1 }, { keyId: '0123456789abcdef' }],
  'calls.log': [
    null,
    {},
    { scriptId: 'us-congress-refugees', legislatorId: 'W000817' },
    { scriptId: 'us-congress-refugees', legislatorId: 'W000817', outcome: 'hung-up' },
    { scriptId: 'us-congress-refugees', legislatorId: 'W000817', outcome: 'talked', callerName: 'Ana' },
    { scriptId: 'us-congress-refugees', legislatorId: 'W000817', outcome: 'talked', zip: '02130' },
    { scriptId: 'no-such-script', legislatorId: 'W000817', outcome: 'talked' },
    { scriptId: 'us-congress-refugees', legislatorId: 'X999999', outcome: 'talked' },
    { scriptId: 'us-congress-refugees', legislatorId: 'ocd-person/703d6d4e-3a1d-4a2e-82e3-3c9693b75953', outcome: 'talked' },
    { scriptId: 'ma-safe-communities', legislatorId: 'W000817', outcome: 'voicemail' },
    { scriptId: 5, legislatorId: 'W000817', outcome: 'talked' },
    { scriptId: 'us-congress-refugees', legislatorId: 'x'.repeat(101), outcome: 'talked' },
  ],
  'calls.count': [null, 'x', { extra: 1 }],
  'event.kit.export': [null, 'x', { extra: 1 }],
  'event.kit.import': [null, {}, { base64: '' }, { base64: 5 }, { base64: 'AAAA', extra: 1 }],
  'sync.bundle.export': [null, 'x', { extra: 1 }],
  'sync.bundle.import': [null, {}, { base64: '' }, { base64: [] }],
  'sync.hub.start': [null, 'x', { port: -1 }, { port: 70000 }, { port: 'a' }],
  'sync.hub.stop': [null, 'x', { extra: 1 }],
  'sync.hub.status': [null, 'x', { extra: 1 }],
  'sync.join': [null, {}, { hubUrl: 'not a url', pairingCode: 'X' }, { hubUrl: 'http://192.168.1.2:5181' }, { hubUrl: 'http://192.168.1.2:5181', pairingCode: '' }],
  'sync.status': [null, 'x', { extra: 1 }],
  'calls.stats': [null, 'x', { extra: 1 }],
  'calls.export': [null, 'x', { extra: 1 }],
  'translations.get': [null, 'x', { extra: 1 }],
  'translations.status': [null, 'x', { extra: 1 }],
  'translations.export': [null, {}, { language: 'en' }, { language: 'fr' }, { language: 'vi', extra: 1 }],
  'translations.import': [null, {}, { language: 'vi' }, { language: 'en', csv: 'key' }, { language: 'ht', csv: 5 }, { language: 'ht', csv: 'x'.repeat(5_000_001) }],
};

async function signupCount(core: Core): Promise<number> {
  return (await ok<{ total: number }>(core, 'signups.count', {}, await organizerToken(core))).total;
}

describe('the contract, through core.call', () => {
  it('rejects every invalid argument to every method with { code, message } and writes nothing', async () => {
    let db: Database.Database | undefined;
    const core = startCore(undefined, undefined, { onDatabaseOpen: (live) => (db = live) });
    const token = await organizerToken(core);
    await ok(core, 'signup.create', validSignup);
    const before = fingerprintTables(db!);
    for (const method of METHOD_NAMES) {
      for (const args of INVALID_ARGS[method]) {
        const answer = await core.call(method, args, { token });
        expect(answer.ok, `${method} ${JSON.stringify(args)}`).toBe(false);
        if (answer.ok) continue;
        expect(ERROR_CODES).toContain(answer.error.code);
        expect(answer.error.code).toBe('invalid_argument');
        expect(answer.error.message.length).toBeGreaterThan(10);
      }
    }
    // No table changed: not the sign-ups, nor the event, content, legislators or the PIN.
    expect(fingerprintTables(db!)).toBe(before);
    expect(await signupCount(core)).toBe(1);
  });

  it('points at the field that is wrong', async () => {
    const core = startCore();
    const answer = await core.call('signup.create', { ...validSignup, email: 'nope', zip: '1' });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.issues).toEqual(
      expect.arrayContaining([
        { path: 'email', reason: 'invalid_email' },
        { path: 'zip', reason: 'invalid_zip' },
      ]),
    );
  });

  it('answers in Spanish to a Spanish sign-up', async () => {
    const core = startCore();
    const answer = await core.call('signup.create', { ...validSignup, language: 'es', email: 'x' });
    expect(!answer.ok && answer.error.message).toMatch(/Revise los campos/);
  });

  it('refuses organizer methods without a session, with a bad token, and after logout', async () => {
    const core = startCore();
    for (const method of ORGANIZER_METHODS) {
      for (const token of [undefined, '', 'forged-token-value-123456']) {
        const answer = await core.call(method, {}, { token });
        expect(answer, `${method} with ${token}`).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
      }
    }
    const token = await organizerToken(core);
    expect(await core.call('signups.count', {}, { token })).toMatchObject({ ok: true });
    await ok(core, 'organizer.logout', {}, token);
    expect(await core.call('signups.count', {}, { token })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('names an unknown method plainly', async () => {
    const core = startCore();
    expect(await core.call('signups.deleteEverything', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
    expect(await core.call('__proto__', {})).toMatchObject({ ok: false, error: { code: 'unknown_method' } });
  });

  it('lets the PIN be set only once', async () => {
    const core = startCore();
    await ok(core, 'organizer.setup', { pin: '135790' });
    expect(await core.call('organizer.setup', { pin: '000000' })).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await core.call('organizer.login', { pin: '000000' })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await core.call('organizer.login', { pin: '135790' })).toMatchObject({ ok: true });
  });

  it('serves the content pack and the event settings to the kiosk without a session', async () => {
    const core = startCore();
    const pack = await ok<{ organizations: unknown[] }>(core, 'content.get', {});
    expect(pack.organizations).toHaveLength(17);
    const event = await ok<{ idleSeconds: number; signupMode: string }>(core, 'event.get', {});
    expect(event).toMatchObject({ idleSeconds: 60, signupMode: 'standard' });
  });
});

describe('app.quit', () => {
  it('needs the organizer, and in the browser host says how to stop instead', async () => {
    const core = startCore();
    expect(await core.call('app.quit', {})).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const answer = await core.call('app.quit', {}, { token: await organizerToken(core) });
    expect(answer).toMatchObject({ ok: false, error: { code: 'unavailable' } });
  });
});
