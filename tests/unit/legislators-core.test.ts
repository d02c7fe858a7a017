/**
 * The legislator methods through core.call, as the kiosk and the organizer console use them:
 * public lookups, the organizer's import (refused with nothing changed, or applied and reported),
 * and the import surviving a restart.
 */
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { ImportReport, InfoResult, LookupResult } from '../../src/common/legislators';
import { ok, organizerToken, startCore, stopCore, tempDir } from './helpers';
import { committedDataset, membersYaml, rawFile, zccdCsv } from './legislators-helpers';

const seats = (result: LookupResult) => result.representatives.map((r) => r.seat);

/** Through the core's own connection: the kiosk holds the file exclusively while it runs. */
function storedImports(db: Database.Database): number {
  return (db.prepare('SELECT count(*) AS n FROM legislator_datasets').get() as { n: number }).n;
}

describe('legislators through the contract', () => {
  it('lookup, searchState and info are public: the kiosk needs no session', async () => {
    const core = startCore();
    const result = await ok<LookupResult>(core, 'legislators.lookup', { zip: '02130' });
    expect(seats(result)).toEqual(['MA-7', 'MA-8']);
    expect(result.senators[0]!.phone?.tel).toMatch(/^tel:\+1\d{10}$/);
    const ma = await ok<{ senators: unknown[] }>(core, 'legislators.searchState', { state: 'MA', query: 'Second Suffolk' });
    expect(ma.senators).toHaveLength(1);
    const info = await ok<InfoResult>(core, 'legislators.info', {});
    expect(info).toMatchObject({ formatVersion: 1, origin: 'shipped', importedAt: null, vacantSeats: ['CA-14', 'FL-20', 'GA-13', 'TX-23'] });
    expect(info.counts).toEqual({
      members: 537,
      senators: 100,
      representatives: 431,
      delegates: 6,
      districtOffices: 1312,
      zips: 41_675,
      zctas: 33_774,
      maLegislators: 198,
    });
    expect(info.attributions).toContain('ZIP code place names © GeoNames (www.geonames.org), CC BY 4.0');
    expect(info.sources.every((s) => s.license && s.url && s.asOf)).toBe(true);
  });

  it('answers a malformed ZIP with invalid_argument and an unknown one with not_found, in the person’s language', async () => {
    const core = startCore();
    expect(await core.call('legislators.lookup', { zip: '2130' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_argument', issues: [{ path: 'zip', reason: 'invalid_zip' }] },
    });
    expect(await core.call('legislators.lookup', { zip: '99999', language: 'es' })).toMatchObject({
      ok: false,
      error: { code: 'not_found', message: expect.stringMatching(/^No encontramos el código postal 99999/) },
    });
  });

  it('import is for organizers only', async () => {
    const core = startCore();
    const files = [{ name: 'zccd.csv', content: zccdCsv(committedDataset()) }];
    expect(await core.call('legislators.import', { files })).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('refuses a malformed file with the file, line and reason, and changes nothing', async () => {
    let db: Database.Database | undefined;
    const core = startCore(tempDir(), undefined, { onDatabaseOpen: (live) => (db = live) });
    const token = await organizerToken(core);
    const before = await ok<LookupResult>(core, 'legislators.lookup', { zip: '02130' });
    const csv = zccdCsv(committedDataset());
    const lines = csv.split('\r\n');
    const bad = lines.findIndex((l) => l.endsWith(',02130,7'));
    lines[bad] = lines[bad]!.replace(',02130,7', ',02130,seven');
    const answer = await core.call('legislators.import', { files: [{ name: 'zccd.csv', content: lines.join('\r\n') }] }, { token });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    if (answer.ok) return;
    expect(answer.error.message).toMatch(/^The legislator files were not imported and nothing was changed\. zccd\.csv: line \d+: expected/);
    expect(answer.error.issues).toEqual([
      { path: `zccd.csv: line ${bad + 1}`, reason: 'expected state_fips (2 digits),state_abbr (2 letters),zcta (5 digits),cd (a number)' },
    ]);
    expect(await ok(core, 'legislators.lookup', { zip: '02130' })).toEqual(before);
    expect((await ok<InfoResult>(core, 'legislators.info', {})).origin).toBe('shipped');
    expect(storedImports(db!)).toBe(0);
  });

  it('refuses a cut-short members file, and a YAML error, naming the file', async () => {
    const core = startCore();
    const token = await organizerToken(core);
    const short = membersYaml(committedDataset(), (entries) => entries.slice(0, 50));
    const answer = await core.call('legislators.import', { files: [{ name: 'legislators-current.yaml', content: short }] }, { token });
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid_argument', message: expect.stringContaining('legislators-current.yaml: (whole file): it lists') } });
    const broken = await core.call('legislators.import', { files: [{ name: 'legislators-current.yaml', content: '- id: {bioguide: [' }] }, { token });
    expect(broken).toMatchObject({ ok: false, error: { message: expect.stringContaining('legislators-current.yaml: line 1: not valid YAML') } });
  });

  it('imports a modified zccd.csv, reports what changed, and keeps it after a restart', async () => {
    const dataDir = tempDir();
    const core = startCore(dataDir);
    const token = await organizerToken(core);
    // 02130 loses its MA-8 part; a new ZCTA 02999 appears in MA-7.
    const csv = zccdCsv(committedDataset(), (rows) => [...rows.filter((r) => !(r[2] === '02130' && r[3] === '8')), ['25', 'MA', '02999', '7']]);
    const dry = await ok<ImportReport>(core, 'legislators.import', { files: [{ name: 'zccd.csv', content: csv }], dryRun: true }, token);
    expect(dry.applied).toBe(false);
    expect(seats(await ok<LookupResult>(core, 'legislators.lookup', { zip: '02130' }))).toEqual(['MA-7', 'MA-8']);

    const report = await ok<ImportReport>(core, 'legislators.import', { files: [{ name: 'zccd.csv', content: csv }], asOf: '2026-11-20' }, token);
    expect(report).toMatchObject({
      applied: true,
      files: [{ name: 'zccd.csv', source: 'districts', records: 33_775 }],
      counts: { members: 537, zips: 41_676, zctas: 33_775 },
      changes: {
        members: { added: [], removed: [], changed: [] },
        offices: { added: 0, removed: 0, changed: 0 },
        zips: { added: 1, removed: 0, districtsChanged: 1, examples: ['02130: MA-7 MA-8 → MA-7'] },
      },
    });
    expect(report.asOf.districts).toBe('2026-11-20');
    expect(report.warnings).toContain('4 House seats in the district map have no member (vacant): CA-14, FL-20, GA-13, TX-23.');
    const after = await ok<LookupResult>(core, 'legislators.lookup', { zip: '02130' });
    expect(seats(after)).toEqual(['MA-7']);
    expect(after).toMatchObject({ split: false, town: 'Jamaica Plain' });
    expect(after.asOf.districts).toBe('2026-11-20');
    expect((await ok<LookupResult>(core, 'legislators.lookup', { zip: '02999' })).town).toBeNull();

    stopCore(core);
    const reopened = startCore(dataDir);
    expect(seats(await ok<LookupResult>(reopened, 'legislators.lookup', { zip: '02130' }))).toEqual(['MA-7']);
    const info = await ok<InfoResult>(reopened, 'legislators.info', {});
    expect(info).toMatchObject({ origin: 'imported', importedAt: '2026-11-25T15:00:00.000Z' });
    expect(info.sources.find((s) => s.id === 'districts')).toMatchObject({ files: ['zccd.csv'], asOf: '2026-11-20', commit: null });
    expect(info.sources.find((s) => s.id === 'members')?.importedAt).toBeNull();
  });

  it('answers from the restored data after backup.restore, not from what it had loaded before', async () => {
    const from = startCore();
    const fromToken = await organizerToken(from);
    const csv = zccdCsv(committedDataset(), (rows) => rows.filter((r) => !(r[2] === '02130' && r[3] === '8')));
    await ok(from, 'legislators.import', { files: [{ name: 'zccd.csv', content: csv }] }, fromToken);
    const { base64: withImport } = await ok<{ base64: string }>(from, 'backup.create', {}, fromToken);

    const to = startCore();
    const token = await organizerToken(to);
    const { base64: shippedOnly } = await ok<{ base64: string }>(to, 'backup.create', {}, token);
    expect(seats(await ok<LookupResult>(to, 'legislators.lookup', { zip: '02130' }))).toEqual(['MA-7', 'MA-8']);
    await ok(to, 'backup.restore', { base64: withImport, confirm: true }, token);
    expect(seats(await ok<LookupResult>(to, 'legislators.lookup', { zip: '02130' }))).toEqual(['MA-7']);
    expect((await ok<InfoResult>(to, 'legislators.info', {})).origin).toBe('imported');
    await ok(to, 'backup.restore', { base64: shippedOnly, confirm: true }, token);
    expect(seats(await ok<LookupResult>(to, 'legislators.lookup', { zip: '02130' }))).toEqual(['MA-7', 'MA-8']);
  });

  it('imports a members file alone: reports members removed and changed, keeps the other sources, and shows the seat vacant', async () => {
    const core = startCore();
    const token = await organizerToken(core);
    const yaml = membersYaml(committedDataset(), (entries) =>
      entries
        .filter((e) => (e.id as { bioguide: string }).bioguide !== 'P000617')
        .map((e) => {
          if ((e.id as { bioguide: string }).bioguide !== 'L000562') return e;
          const [term] = e.terms as Record<string, unknown>[];
          return { ...e, terms: [{ ...term, phone: '202-225-0000' }] };
        }),
    );
    const report = await ok<ImportReport>(core, 'legislators.import', { files: [{ name: 'congress/legislators-current.yaml', content: yaml }] }, token);
    expect(report.changes.members).toEqual({
      added: [],
      removed: [{ id: 'P000617', name: 'Ayanna Pressley', seat: 'MA-7' }],
      changed: [{ id: 'L000562', name: 'Stephen F. Lynch', seat: 'MA-8', fields: ['phone'] }],
    });
    expect(report.changes.offices.byMember).toEqual([{ id: 'P000617', name: 'Ayanna Pressley', added: 0, removed: 1, changed: 0 }]);
    expect(report.counts).toMatchObject({ members: 536, maLegislators: 198, zips: 41_675 });
    expect(report.warnings).toContain('5 House seats in the district map have no member (vacant): CA-14, FL-20, GA-13, MA-7, TX-23.');
    const after = await ok<LookupResult>(core, 'legislators.lookup', { zip: '02130' });
    expect(after.vacantSeats.map((v) => v.seat)).toEqual(['MA-7']);
    const lynch = after.representatives.find((r) => r.id === 'L000562')!;
    expect(lynch.offices.at(-1)?.phone?.display).toBe('(202) 225-0000');
    // Offices came from the current data: Lynch's district offices are still there.
    expect(lynch.offices.filter((o) => o.kind === 'district')).toHaveLength(3);
  });
});

describe('importing the real upstream files', () => {
  it('takes legislators-current.yaml + district offices (2.4 MB with the MA files: one HTTP body fits) and finds nothing changed', async () => {
    const core = startCore();
    const token = await organizerToken(core);
    const files = [rawFile('congress/legislators-current.yaml'), rawFile('congress/legislators-district-offices.yaml')];
    expect(Buffer.byteLength(JSON.stringify({ files }))).toBeLessThan(8 * 1024 * 1024);
    const report = await ok<ImportReport>(core, 'legislators.import', { files, asOf: '2026-06-15' }, token);
    expect(report.changes.members).toEqual({ added: [], removed: [], changed: [] });
    expect(report.changes.offices).toMatchObject({ added: 0, removed: 0, changed: 0 });
    expect(report.warnings[0]).toMatch(/latitude 441\.5080197/);
  });
});
