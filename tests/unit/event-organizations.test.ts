/**
 * The organizations an event shows (issue 19): hidden ones gone, featured ones first, one order for
 * the kiosk, the sign-up form, the flyer and the paper sheet; the event's name in each language,
 * its start time and the wait during a call, kept by core and loaded from settings saved before.
 */
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ContentPack } from '../../src/common/content';
import type { EventSettings } from '../../src/common/event';
import { featuredFirst, shareChoices, sheetOrganizations, shownOrganizations } from '../../src/common/event-organizations';
import { defaultPack } from '../../src/core/content/store';
import { defaultEvent } from '../../src/core/event/settings';
import { defaultFlyerOrganizations } from '../../src/core/pdf/flyer';
import { ok, organizerToken, startCore, validSignup } from './helpers';

const pack: ContentPack = defaultPack();
const ids = (list: { id: string }[]) => list.map((o) => o.id);
const event = (change: Partial<EventSettings> = {}): EventSettings => ({ ...defaultEvent(), ...change });

describe('which organizations an event shows, and in what order', () => {
  it('leaves out hidden organizations and those of hidden sections', () => {
    const shown = ids(shownOrganizations(pack, event({ hiddenOrganizations: ['nilc'], hiddenSections: ['charities'] })));
    expect(shown).not.toContain('nilc');
    expect(shown).not.toContain('save-the-children');
    expect(shown).toContain('mira-coalition');
    expect(shown).toHaveLength(pack.organizations.length - 1 - pack.organizations.filter((o) => o.sectionId === 'charities').length);
  });

  it('puts the featured ones first in the organizer’s order, then the event’s region, then nationwide', () => {
    const ordered = ids(featuredFirst(pack.organizations, event({ region: 'massachusetts', featuredOrganizations: ['chirla', 'nilc'] })));
    expect(ordered.slice(0, 2)).toEqual(['chirla', 'nilc']);
    const ma = pack.organizations.filter((o) => o.regions.includes('massachusetts')).map((o) => o.id);
    expect(ordered.slice(2, 2 + ma.length)).toEqual(ma);
    const nationwide = ordered.slice(2 + ma.length).filter((id) => pack.organizations.find((o) => o.id === id)?.regions.includes('nationwide'));
    expect(ordered.slice(2 + ma.length, 2 + ma.length + nationwide.length)).toEqual(nationwide);
  });

  it('offers the featured ones and the event’s region first on the sign-up form, the page it came from before all', () => {
    const { first, more } = shareChoices(pack.organizations, event({ region: 'massachusetts', featuredOrganizations: ['chirla'] }), 'nijc');
    expect(ids(first)[0]).toBe('nijc');
    expect(ids(first)).toEqual(['nijc', 'chirla', 'mira-coalition', 'project-citizenship', 'bijan']);
    expect(ids(more)).not.toContain('mira-coalition');
    expect([...first, ...more]).toHaveLength(pack.organizations.length);
  });

  it('numbers the paper sheet’s key as the console’s paper entry does: shown ones, featured first', () => {
    const numbered = ids(sheetOrganizations(pack, event({ featuredOrganizations: ['border-angels'], hiddenOrganizations: ['nilc'] })));
    expect(numbered[0]).toBe('border-angels');
    expect(numbered).not.toContain('nilc');
  });

  it('puts the featured organizations with a website on the flyer by default, never a hidden one', () => {
    expect(ids(defaultFlyerOrganizations(pack, event({ featuredOrganizations: ['chirla', 'icirr'] }))).slice(0, 2)).toEqual(['chirla', 'icirr']);
    const hiding = event({ hiddenOrganizations: ['mira-coalition'] });
    expect(ids(defaultFlyerOrganizations(pack, hiding))).not.toContain('mira-coalition');
    expect(defaultFlyerOrganizations(pack, hiding)).toHaveLength(4);
  });
});

describe('event.update for this event’s organizations and words', () => {
  it('saves the name in each language, the start time, the wait during a call, and hidden and featured organizations', async () => {
    const core = startCore();
    const token = await organizerToken(core);
    const saved = await ok<EventSettings>(
      core,
      'event.update',
      { name: 'Northampton Rally', names: { es: 'Manifestación de Northampton' }, startTime: '14:30', callIdleSeconds: 420, hiddenOrganizations: ['nilc', 'nilc'], featuredOrganizations: ['chirla'] },
      token,
    );
    expect(saved).toMatchObject({ name: 'Northampton Rally', names: { es: 'Manifestación de Northampton' }, startTime: '14:30', callIdleSeconds: 420, hiddenOrganizations: ['nilc'], featuredOrganizations: ['chirla'] });
    expect(await ok(core, 'event.get', {})).toEqual(saved);
  });

  it('refuses an organization that is not in the content, or one both featured and hidden, and changes nothing', async () => {
    const core = startCore();
    const token = await organizerToken(core);
    const before = await ok<EventSettings>(core, 'event.get', {});
    const unknown = await core.call('event.update', { hiddenOrganizations: ['nope'] }, { token });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid_argument', issues: [{ path: 'hiddenOrganizations.0' }] } });
    await ok(core, 'event.update', { hiddenOrganizations: ['nilc'] }, token);
    const both = await core.call('event.update', { featuredOrganizations: ['nilc'] }, { token });
    expect(both).toMatchObject({ ok: false, error: { issues: [{ path: 'featuredOrganizations.0', reason: '"nilc" is hidden at this event' }] } });
    expect(await ok(core, 'event.get', {})).toEqual({ ...before, hiddenOrganizations: ['nilc'] });
  });

  it('gives settings saved before these fields existed their defaults: five minutes during a call', async () => {
    let db!: Database.Database;
    const core = startCore(undefined, undefined, { onDatabaseOpen: (opened) => (db = opened) });
    db.prepare(
      "UPDATE events SET settings_json = json_remove(settings_json, '$.names', '$.startTime', '$.callIdleSeconds', '$.hiddenOrganizations', '$.featuredOrganizations')",
    ).run();
    expect(await ok<EventSettings>(core, 'event.get', {})).toMatchObject({ names: {}, startTime: null, callIdleSeconds: 300, hiddenOrganizations: [], featuredOrganizations: [] });
  });

  it('refuses a kiosk sign-up that chose an organization hidden at this event', async () => {
    const core = startCore();
    await ok(core, 'event.update', { hiddenOrganizations: ['mira-coalition'] }, await organizerToken(core));
    const answer = await core.call('signup.create', validSignup);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_argument', issues: [{ path: 'organizationIds.0', reason: 'unknown_organization' }] } });
  });
});
