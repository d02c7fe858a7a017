import { describe, expect, it } from 'vitest';
import { ContentPack } from '../../src/common/content';
import { ok, organizerToken, startCore, stopCore, tempDir, validSignup } from './helpers';

async function console_() {
  const dir = tempDir();
  const core = startCore(dir);
  const token = await organizerToken(core);
  return { dir, core, token, call: <T>(method: string, args: unknown) => ok<T>(core, method, args, token) };
}

describe('content.export and content.import', () => {
  it('exports the active pack as JSON that imports back unchanged', async () => {
    const { core, call } = await console_();
    const { filename, json } = await call<{ filename: string; json: string }>('content.export', {});
    expect(filename).toBe('take-action-content-take-action-for-immigrants-2026-11-25.json');
    const exported = JSON.parse(json) as unknown;
    expect(exported).toEqual(await ok(core, 'content.get', {}));
    expect(await call('content.import', { pack: exported })).toEqual({
      id: 'take-action-for-immigrants',
      version: '2026.11.30',
      asOf: '2026-11-25',
      sections: 5,
      organizations: 17,
      scripts: 2,
    });
  });

  it('saves an edited pack (how the console edits content), for the kiosk and after a restart', async () => {
    const { dir, core, call } = await console_();
    const pack = ContentPack.parse(JSON.parse((await call<{ json: string }>('content.export', {})).json));
    pack.organizations[0]!.summary = { en: 'New summary', es: 'Nuevo resumen' };
    pack.organizations.push({ ...pack.organizations[1]!, id: 'new-org', name: 'New Org' });
    pack.asOf = '2026-12-01';
    expect(await call('content.import', { pack })).toMatchObject({ organizations: 18, asOf: '2026-12-01' });
    expect((await ok<ContentPack>(core, 'content.get', {})).organizations[0]?.summary.en).toBe('New summary');
    // The kiosk can sign people up for the new organization right away.
    await ok(core, 'signup.create', { ...validSignup, organizationIds: ['new-org'] });
    stopCore(core);
    const again = startCore(dir);
    expect((await ok<ContentPack>(again, 'content.get', {})).asOf).toBe('2026-12-01');
  });

  it('refuses a broken pack listing every problem with its exact path, and keeps the current pack', async () => {
    const { core, token, call } = await console_();
    const current = await ok(core, 'content.get', {});
    const broken = structuredClone(current) as {
      organizations: { url?: string; sectionId: string; name: string }[];
      consents: { share: { es: string } };
      asOf: string;
    };
    broken.organizations[2]!.url = 'javascript:alert(1)';
    broken.organizations[4]!.sectionId = 'nowhere';
    broken.organizations[5]!.name = '';
    broken.consents.share.es = 'Compartir mis datos';
    broken.asOf = 'last week';
    const answer = await core.call('content.import', { pack: broken }, { token });
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.error.code).toBe('invalid_argument');
    const paths = answer.error.issues?.map((i) => i.path);
    expect(paths).toEqual(
      expect.arrayContaining(['asOf', 'organizations.2.url', 'organizations.5.name']),
    );
    expect(answer.error.message).toMatch(/not imported, and the current content stays/);
    expect(answer.error.message).toContain('asOf');
    expect(await ok(core, 'content.get', {})).toEqual(current);

    // Cross-field problems are reported once the fields themselves are valid.
    const unknownSection = structuredClone(current) as typeof broken;
    unknownSection.organizations[4]!.sectionId = 'nowhere';
    unknownSection.consents.share.es = 'Compartir mis datos';
    const second = await core.call('content.import', { pack: unknownSection }, { token });
    expect(!second.ok && second.error.issues).toEqual([
      { path: 'organizations.4.sectionId', reason: 'no section "nowhere"' },
      { path: 'consents.share.es', reason: 'must contain {organization}' },
    ]);
    for (const notAPack of [null, 'pack', [], {}, { schemaVersion: 2 }]) {
      expect(await core.call('content.import', { pack: notAPack }, { token })).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    }
    expect(await call('content.get', {})).toEqual(current);
  });
});
