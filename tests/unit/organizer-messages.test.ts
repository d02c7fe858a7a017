/** Core answers an organizer's mistakes in the language the console shows (every catalog's keys and placeholders: catalogs.test.ts). */
import { describe, expect, it } from 'vitest';
import type { Language } from '../../src/common/content';
import { say, sentence } from '../../src/core/messages';
import { ok, startCore, TestClock, tempDir } from './helpers';

describe('organizer messages', () => {
  it('fill placeholders with values and with other sentences, in the same language', () => {
    const locked = sentence('lockedOut', { wait: sentence('minutes', { count: 2 }) });
    expect(say(locked.key, 'en', locked.params)).toBe('Too many wrong PINs. Try again in 2 minutes.');
    expect(say(locked.key, 'es', locked.params)).toBe('Demasiados PIN incorrectos. Vuelva a intentarlo en 2 minutos.');
  });

  it('come back in the language of the call: wrong PIN, lockout, no session, a refused backup', async () => {
    const clock = new TestClock();
    const core = startCore(tempDir(), clock);
    const token = (await ok<{ token: string }>(core, 'organizer.setup', { pin: '246810' })).token;
    const message = async (method: string, args: unknown, language?: Language, withToken?: string) => {
      const answer = await core.call(method, args, { language, token: withToken });
      if (answer.ok) throw new Error(`${method} should have failed`);
      return answer.error.message;
    };
    expect(await message('organizer.login', { pin: '000000' }, 'es')).toBe(
      'Ese PIN no es correcto. Le quedan 4 intentos antes de que la consola se bloquee por un tiempo.',
    );
    expect(await message('organizer.login', { pin: '000000' })).toBe('That PIN is not right. 3 tries left before the console locks for a while.');
    expect(await message('signups.list', {}, 'es')).toBe('Entre en la consola de organizadores con su PIN.');
    expect(await message('backup.restore', { base64: 'bm90IGEgYmFja3Vw', confirm: true }, 'es', token)).toBe(
      'Este archivo no es una copia de seguridad de Take Action Kiosk: ni siquiera es una base de datos SQLite. No se cambió nada.',
    );
    expect(await message('signups.purge', { confirmCount: 7 }, 'es', token)).toMatch(/^Ahora hay 0 registros, no 7/);
    await ok(core, 'signup.create', { language: 'es', firstName: 'Ana', email: 'ana@example.org', organizationIds: [], consent: { email: true, sms: false } });
    expect(await message('signups.purge', { confirmCount: 7 }, 'es', token)).toMatch(/^Ahora hay 1 registro, no 7/);
    expect(await message('signups.purge', { confirmCount: 7 }, 'en', token)).toMatch(/^There is now 1 sign-up, not 7/);
    await message('organizer.login', { pin: '000000' }, 'es');
    await message('organizer.login', { pin: '000000' }, 'es');
    expect(await message('organizer.login', { pin: '000000' }, 'es')).toBe('Demasiados PIN incorrectos. Vuelva a intentarlo en 30 segundos.');
  });

  it('give the reasons of refused fields in Spanish too: the event form and an edited content pack', async () => {
    const core = startCore();
    const token = (await ok<{ token: string }>(core, 'organizer.setup', { pin: '246810' })).token;
    const issues = async (method: string, args: unknown, language: Language) => {
      const answer = await core.call(method, args, { token, language });
      if (answer.ok) throw new Error(`${method} should have failed`);
      return answer.error.issues;
    };
    expect(await issues('event.update', { name: '   ' }, 'es')).toEqual([{ path: 'name', reason: 'No puede quedar vacío.' }]);
    expect(await issues('event.update', { name: '   ' }, 'en')).toEqual([{ path: 'name', reason: 'Too small: expected string to have >=1 characters' }]);

    const pack = structuredClone(await ok<{ organizations: { url: string | null }[] }>(core, 'content.get', {}));
    pack.organizations[0]!.url = 'miracoalition';
    expect(await issues('content.import', { pack }, 'es')).toEqual([
      { path: 'organizations.0.url', reason: 'No es una dirección web válida (debe empezar por https://).' },
    ]);
    expect(await issues('content.import', { pack }, 'en')).toEqual([{ path: 'organizations.0.url', reason: 'Invalid URL' }]);
  });
});
