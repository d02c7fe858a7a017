/**
 * The new languages through the contract, on real SQLite files: a sign-up in each keeps the
 * exact consent texts it was shown and their language, unsealed and sealed, in its record and in
 * the full export; a pack without a language shows English and records English; the event says
 * which languages the start screen offers; errors come back in the caller's language.
 */
import { describe, expect, it } from 'vitest';
import type { SignupRecord } from '../../src/common/contract';
import { LANGUAGES, matchLanguage, type Language } from '../../src/common/languages';
import type { ContentPack } from '../../src/common/content';
import { packTexts } from '../../src/common/pack-texts';
import { defaultPack } from '../../src/core/content/store';
import type { Core } from '../../src/core/core';
import { ok, organizerToken, startCore, stopCore, tempDir, validSignup } from './helpers';
import { parseCsv } from './rfc4180';

const NEW_LANGUAGES = ['pt-BR', 'ht', 'vi'] as const;
const pack = defaultPack();
const PASSPHRASE = 'correct horse battery staple orbit lantern';

async function organizer(core: Core) {
  const token = await organizerToken(core);
  return <T>(method: string, args: unknown = {}) => ok<T>(core, method, args, token);
}

async function signUpIn(core: Core, language: Language, firstName: string) {
  return ok<{ id: string }>(core, 'signup.create', {
    ...validSignup,
    language,
    firstName,
    email: `${firstName.toLowerCase()}@example.org`,
    organizationIds: ['mira-coalition'],
    consent: { email: true, sms: true },
  });
}

function fullExportRows(csv: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(csv.replace(/^\uFEFF/, ''));
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ''])));
}

describe.each([
  ['without a data key (the plain tables migration 007 rebuilt)', false],
  ['sealed to a data key', true],
])('a sign-up in each new language, %s', (_name, sealed) => {
  it('keeps the consent texts shown and their language in its record and in the full export', async () => {
    const core = startCore(undefined, undefined, { kdfCost: { N: 1024, r: 8, p: 1 } });
    const call = await organizer(core);
    if (sealed) await call('vault.create', { passphrase: PASSPHRASE });
    for (const language of NEW_LANGUAGES) {
      const { id } = await signUpIn(core, language, `Person${language.replace('-', '')}`);
      const record = await call<SignupRecord>('signups.get', { id });
      expect(record.language).toBe(language);
      const texts = Object.fromEntries(record.consents.map((c) => [c.kind, c]));
      expect(texts.email).toMatchObject({ language, text: pack.consents.email[language], granted: true });
      expect(texts.sms).toMatchObject({ language, text: pack.consents.sms[language], granted: true });
      expect(texts.share).toMatchObject({ language, text: pack.consents.share[language]?.replace('{organization}', record.organizations[0]?.name ?? '?') });
    }
    const { csv } = await call<{ csv: string }>('signups.export', { format: 'full' });
    const rows = fullExportRows(csv);
    for (const language of NEW_LANGUAGES) {
      const row = rows.find((r) => r.first_name === `Person${language.replace('-', '')}`);
      expect(row?.language, language).toBe(language);
      const cells = Object.values(row ?? {});
      expect(cells, language).toContain(pack.consents.email[language]);
      expect(cells, language).toContain(pack.consents.sms[language]);
    }
    const nationbuilder = fullExportRows((await call<{ csv: string }>('signups.export', { format: 'nationbuilder' })).csv);
    expect(nationbuilder.map((r) => r.language).sort()).toEqual(['ht', 'pt-BR', 'vi']);
  });
});

describe('a content pack without a language', () => {
  it('is imported, shows the English texts there, and a sign-up records the English consent text it was shown', async () => {
    const core = startCore();
    const call = await organizer(core);
    const englishAndSpanish = structuredClone(pack);
    for (const text of [englishAndSpanish.consents.email, englishAndSpanish.consents.sms, englishAndSpanish.consents.share]) {
      for (const language of NEW_LANGUAGES) delete text[language];
    }
    delete englishAndSpanish.review;
    await call('content.import', { pack: englishAndSpanish });
    const { id } = await signUpIn(core, 'vi', 'Lan');
    const record = await call<SignupRecord>('signups.get', { id });
    expect(record.language).toBe('vi');
    expect(record.consents.map((c) => `${c.kind} ${c.language}`).sort()).toEqual(['email en', 'share en', 'sms en']);
    expect(record.consents.find((c) => c.kind === 'email')?.text).toBe(pack.consents.email.en);
    // A Vietnamese paper sheet printed the English texts too, and its rows record them as English.
    const paper = await call<{ id: string }>('signups.addPaper', { sheet: { language: 'vi' }, signup: { ...validSignup, language: 'vi', firstName: 'Minh' } });
    const typed = await call<SignupRecord>('signups.get', { id: paper.id });
    expect(typed.consents.map((c) => `${c.kind} ${c.language}`).sort()).toEqual(['email en', 'share en', 'sms en']);
    expect(typed.consents.find((c) => c.kind === 'email')?.text).toBe(pack.consents.email.en);
  });
});

describe('the languages an event offers', () => {
  it('are all of them by default, in the app’s order, and the default language must be one of them', async () => {
    const core = startCore();
    const call = await organizer(core);
    expect((await call<{ languages: Language[] }>('event.get')).languages).toEqual(LANGUAGES);
    const saved = await call<{ languages: Language[]; defaultLanguage: Language }>('event.update', { languages: ['vi', 'en', 'vi'], defaultLanguage: 'vi' });
    expect(saved).toMatchObject({ languages: ['en', 'vi'], defaultLanguage: 'vi' });
    const refused = await core.call('event.update', { languages: ['en', 'es'] }, { token: await organizerToken(core), language: 'pt-BR' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'invalid_argument', issues: [{ path: 'languages' }] } });
    expect(refused.ok ? '' : refused.error.message).toMatch(/^As configurações do evento não foram salvas/);
  });
});

describe('errors in the caller’s language', () => {
  it('come back in Portuguese, Haitian Creole and Vietnamese', async () => {
    const core = startCore();
    const refused = async (language: Language) => {
      const answer = await core.call('signup.create', { ...validSignup, language, email: 'nope' }, { language });
      return answer.ok ? '' : answer.error.message;
    };
    expect(await refused('pt-BR')).toMatch(/^Algumas respostas precisam de correção/);
    expect(await refused('ht')).toMatch(/^Gen kèk repons ki bezwen korije/);
    expect(await refused('vi')).toMatch(/^Một vài câu trả lời cần sửa/);
  });

  it('are asked for with any BCP 47 tag of the language (Accept-Language)', () => {
    expect(['pt', 'pt-br', 'pt-PT', 'ht-HT', 'vi-VN', 'es-MX', 'en-GB', 'fr'].map(matchLanguage)).toEqual(['pt-BR', 'pt-BR', 'pt-BR', 'ht', 'vi', 'es', 'en', undefined]);
  });
});

describe('a kiosk set up before the new languages', () => {
  const englishAndSpanishOnly = () => {
    const old = structuredClone(pack);
    for (const { text } of packTexts(old)) for (const language of NEW_LANGUAGES) delete text[language];
    delete old.review;
    return old;
  };

  it('gets the default pack in every language at start-up if nobody changed the one it had', async () => {
    const dir = tempDir();
    stopCore(await importing(dir, englishAndSpanishOnly()));
    const pack = await ok<ContentPack>(startCore(dir), 'content.get', {});
    expect(pack.consents.email.vi).toBe(defaultPack().consents.email.vi);
    expect(pack.review?.vi?.status).toBe('not-reviewed');
  });

  it('keeps a pack an organizer edited, which then shows English where it has no translation', async () => {
    const dir = tempDir();
    const edited = englishAndSpanishOnly();
    edited.organizations[0]!.summary.en = 'Our own summary.';
    stopCore(await importing(dir, edited));
    const pack = await ok<ContentPack>(startCore(dir), 'content.get', {});
    expect(pack.organizations[0]?.summary).toEqual({ en: 'Our own summary.', es: edited.organizations[0]?.summary.es });
    expect(pack.consents.email.vi).toBeUndefined();
  });
});

async function importing(dir: string, content: ContentPack): Promise<Core> {
  const core = startCore(dir);
  await ok(core, 'content.import', { pack: content }, await organizerToken(core));
  return core;
}

