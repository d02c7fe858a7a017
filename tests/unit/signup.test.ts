import { describe, expect, it } from 'vitest';
import { checkEmail, checkName, checkSignupFields, parsePhone } from '../../src/common/signup';
import { ok, organizerToken, startCore, TestClock, validSignup } from './helpers';

interface Listed {
  items: {
    language: string;
    phone: string | null;
    lastName: string | null;
    organizations: { id: string; name: string }[];
    consents: { kind: string; organizationId: string | null; granted: boolean; text: string; language: string; recordedAt: string; method: string }[];
  }[];
}

describe('sign-up field rules', () => {
  it('accepts real names in any script and refuses invisible tricks', () => {
    expect(checkName('José María', true)).toBeNull();
    expect(checkName("O'Brien-Nguyễn", true)).toBeNull();
    expect(checkName('', true)).toBe('required');
    expect(checkName('', false)).toBeNull();
    expect(checkName('12345', true)).toBe('invalid_characters');
    expect(checkName('Ana\u202eevil', true)).toBe('invalid_characters');
    expect(checkName('Ana\nBob', true)).toBe('invalid_characters');
  });

  it('checks emails the way mail tools do', () => {
    for (const good of ['ana@example.org', 'a.b+tag@sub.example.co', 'Ana@Example.ORG']) expect(checkEmail(good), good).toBeNull();
    for (const bad of ['ana', 'ana@', '@x.org', 'ana@x', 'ana@@x.org', 'an a@x.org', 'ana..b@x.org', 'ana@x.o'])
      expect(checkEmail(bad), bad).toBe('invalid_email');
  });

  it('reads US phone numbers however they are typed, and refuses impossible ones', () => {
    expect(parsePhone('617-555-0123')).toBe('+16175550123');
    expect(parsePhone('(617) 555 0123')).toBe('+16175550123');
    expect(parsePhone('+52 55 1234 5678')).toBe('+525512345678');
    expect(parsePhone('555-0123')).toBeNull();
    expect(parsePhone('123-456-7890')).toBeNull();
  });

  it('needs an email or a phone, and the contact for each ticked box', () => {
    expect(checkSignupFields({ firstName: 'Ana', consent: { email: false, sms: false } })).toEqual({
      contact: 'email_or_phone_required',
      consent: 'consent_required',
    });
    expect(checkSignupFields({ firstName: 'Ana', email: 'a@example.org', consent: { email: false, sms: false }, organizationIds: ['chirla'] })).toEqual({});
    expect(checkSignupFields({ firstName: 'Ana', phone: '6175550123', consent: { email: true, sms: true } })).toEqual({
      consentEmail: 'consent_needs_email',
    });
  });
});

describe('signup.create', () => {
  it('stores the person, the chosen organizations and every consent with its exact text, language and time', async () => {
    const clock = new TestClock(new Date('2026-11-25T18:30:00.000Z'));
    const core = startCore(undefined, clock);
    const pack = await ok<{
      consents: { email: { es: string }; sms: { es: string }; share: { es: string } };
      organizations: { id: string; name: string }[];
    }>(core, 'content.get', {});
    const chirlaName = pack.organizations.find((o) => o.id === 'chirla')?.name ?? '';
    await ok(core, 'signup.create', {
      ...validSignup,
      language: 'es',
      phone: '(617) 555-0123',
      organizationIds: ['mira-coalition', 'chirla'],
      consent: { email: true, sms: false },
    });
    const { items } = await ok<Listed>(core, 'signups.list', {}, await organizerToken(core));
    const [signup] = items;
    expect(signup?.language).toBe('es');
    expect(signup?.phone).toBe('+16175550123');
    expect(signup?.organizations.map((o) => o.id).sort()).toEqual(['chirla', 'mira-coalition']);
    const consents = signup?.consents ?? [];
    expect(consents).toHaveLength(4);
    for (const consent of consents) {
      expect(consent).toMatchObject({ language: 'es', recordedAt: '2026-11-25T18:30:00.000Z', method: 'kiosk checkbox' });
    }
    expect(consents.find((c) => c.kind === 'email')).toMatchObject({ granted: true, text: pack.consents.email.es });
    expect(consents.find((c) => c.kind === 'sms')).toMatchObject({ granted: false, text: pack.consents.sms.es });
    const share = consents.find((c) => c.organizationId === 'chirla');
    expect(share?.granted).toBe(true);
    expect(share?.text).toBe(pack.consents.share.es.replace('{organization}', chirlaName));
    expect(share?.text).toContain(chirlaName);
  });

  it('returns the first sign-up when the kiosk retries with the same clientId', async () => {
    const core = startCore();
    const clientId = '8a3f4a3e-6c1b-4d0e-9a55-1b2c3d4e5f60';
    const first = await ok<{ id: string }>(core, 'signup.create', { ...validSignup, clientId });
    const second = await ok<{ id: string }>(core, 'signup.create', { ...validSignup, clientId });
    expect(second.id).toBe(first.id);
    expect(await ok(core, 'signups.count', {}, await organizerToken(core))).toEqual({ total: 1 });
  });

  it('finds sign-ups by name, email, phone digits and ZIP', async () => {
    const core = startCore();
    await ok(core, 'signup.create', { ...validSignup, firstName: 'Zoë', email: 'zoe@example.org', phone: '413-555-0199', zip: '01002' });
    await ok(core, 'signup.create', { ...validSignup, firstName: 'Luis', email: 'luis@example.org', phone: undefined, zip: '02130' });
    const token = await organizerToken(core);
    const names = async (query: string) =>
      (await ok<{ items: { firstName: string }[] }>(core, 'signups.list', { query }, token)).items.map((i) => i.firstName).sort();
    expect(await names('zo')).toEqual(['Zoë']);
    expect(await names('luis@')).toEqual(['Luis']);
    expect(await names('555-0199')).toEqual(['Zoë']);
    expect(await names('0213')).toEqual(['Luis']);
    expect(await names('100%_')).toEqual([]);
  });

  it('finds names whatever their case and accents, by any word of the name', async () => {
    const core = startCore();
    await ok(core, 'signup.create', { ...validSignup, firstName: 'José Ángel', lastName: 'Núñez', email: 'JA@Example.org' });
    await ok(core, 'signup.create', { ...validSignup, firstName: 'Ana María', lastName: 'Jiménez' });
    await ok(core, 'signup.create', { ...validSignup, firstName: 'Joseph', lastName: 'Smith' });
    const token = await organizerToken(core);
    const names = async (query: string) =>
      (await ok<{ items: { firstName: string }[] }>(core, 'signups.list', { query }, token)).items.map((i) => i.firstName).sort();
    expect(await names('jose')).toEqual(['Joseph', 'José Ángel']);
    expect(await names('JOSÉ')).toEqual(['Joseph', 'José Ángel']);
    expect(await names('angel nunez')).toEqual(['José Ángel']);
    expect(await names('NÚÑEZ')).toEqual(['José Ángel']);
    expect(await names('nuñezz')).toEqual([]);
    expect(await names('núñ')).toEqual(['José Ángel']);
    expect(await names('maria')).toEqual(['Ana María']);
    expect(await names('jimenez')).toEqual(['Ana María']);
    expect(await names('ja@example')).toEqual(['José Ángel']);
    // A word must begin a word: "ria" is inside "María", not at its start.
    expect(await names('ria')).toEqual([]);
  });
});
