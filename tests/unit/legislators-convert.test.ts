import fs from 'node:fs';
import path from 'node:path';
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import { describe, expect, it } from 'vitest';
import { GEONAMES_ATTRIBUTION, fileKind } from '../../src/core/legislators/catalog';
import { convertSources } from '../../src/core/legislators/convert';
import { Dataset, serializeDataset } from '../../src/core/legislators/dataset';
import { TERRITORY_ZIP_RANGES, territoryOfZip } from '../../src/core/legislators/jurisdictions';
import { phoneForPeople, storePhone } from '../../src/core/legislators/phone';
import { parseMembers, parseOffices } from '../../src/core/legislators/sources/congress';
import { SourceError } from '../../src/core/legislators/sources/issues';
import { parseStateLegislator } from '../../src/core/legislators/sources/massachusetts';
import { parseDistricts, parsePlaces, parsePoints } from '../../src/core/legislators/sources/zip-tables';
import { packDataset, unpackDataset } from '../../src/core/legislators/tables';
import { appPaths } from '../../src/core/paths';
import { FIXTURES, committedDataset, fixture, rawFile, rawSources } from './legislators-helpers';

function refusal(run: () => unknown): SourceError {
  try {
    run();
  } catch (error) {
    if (error instanceof SourceError) return error;
    throw error;
  }
  throw new Error('expected the source to be refused');
}

describe('legislators-current.yaml', () => {
  const { name, content } = fixture('legislators-current.yaml');
  const members = parseMembers(name, content);
  const byId = (id: string) => members.find((m) => m.id === id)!;

  it('reads the current term (the last one) of every member', () => {
    expect(members.map((m) => m.id)).toHaveLength(10);
    expect(byId('W000817')).toMatchObject({ name: 'Elizabeth Warren', type: 'sen', state: 'MA', district: null, rank: 'senior', phone: '+12022244543' });
    expect(byId('P000617')).toMatchObject({ type: 'rep', state: 'MA', district: 7, rank: null, termEnd: '2027-01-03' });
    expect(byId('N000147')).toMatchObject({ state: 'DC', district: 0 });
    expect(byId('M001219')).toMatchObject({ state: 'GU', district: 0 });
  });

  it('falls back to first + last name, and keeps a member without a phone', () => {
    expect(byId('G000607')).toMatchObject({ name: 'James Gallagher', phone: null, url: null, dcAddress: null, state: 'CA', district: 1 });
    expect(byId('M001246').name).toBe('Analilia Mejia');
  });

  it('refuses a bad phone with the file, the member and the field', () => {
    const broken = content.replaceAll('phone: 202-224-4543', 'phone: 202-224-45');
    const error = refusal(() => parseMembers(name, broken));
    expect(error.issues).toEqual([
      { file: name, where: expect.stringMatching(/^\[\d+\] W000817 terms\[-1\]\.phone$/), reason: '"202-224-45" is not a valid US phone number' },
    ]);
  });

  it('refuses a House term without a district, and YAML that is not a list', () => {
    const noDistrict = content.replaceAll('    district: 7\n', ''); // only Pressley (MA-7) has district 7 here
    expect(refusal(() => parseMembers(name, noDistrict)).issues[0]).toMatchObject({ reason: expect.stringContaining('needs a district') });
    expect(refusal(() => parseMembers(name, 'members: none')).issues[0]).toMatchObject({ where: '(file)' });
    expect(refusal(() => parseMembers(name, '- id: [unclosed')).issues[0]!.reason).toMatch(/^not valid YAML/);
  });
});

describe('legislators-district-offices.yaml', () => {
  const { name, content } = fixture('legislators-district-offices.yaml');
  const { byMember, warnings } = parseOffices(name, content);

  it('keeps each office with its phone, ZIP (leading zero) and coordinates rounded to 4 decimals', () => {
    const newton = byMember.get('A000148')!.find((o) => o[0] === 'A000148-newton');
    expect(newton).toEqual(['A000148-newton', '29 Crafts St., Suite 375', 'Newton', 'MA', '02458', '+16173323333', 42.3548, -71.1999]);
  });

  it('keeps the Fall River office that has no phone', () => {
    expect(byMember.get('A000148')!.find((o) => o[0] === 'A000148-fall_river')?.[5]).toBeNull();
  });

  it('drops the impossible latitude of S001225’s Rock Island office, keeps the office and says so', () => {
    const rockIsland = byMember.get('S001225')!.find((o) => o[0] === 'S001225-rock_island')!;
    expect(rockIsland.slice(5)).toEqual(['+13097863406', null, null]);
    expect(warnings).toEqual([expect.stringContaining('latitude 441.5080197')]);
  });
});

describe('zccd.csv', () => {
  const { name, content } = fixture('zccd.csv');

  it('keeps leading zeros, reads CRLF and LF alike, and sorts districts by number', () => {
    expect(content).toContain('\r\n');
    const table = parseDistricts(name, content);
    expect(table.get('00601')).toEqual(['PR0']);
    expect(table.get('02861')).toEqual(['MA4', 'RI1']);
    expect(table.get('30165')).toEqual(['AL3', 'GA14']);
    expect(parseDistricts(name, content.replaceAll('\r\n', '\n'))).toEqual(table);
  });

  it('refuses a bad row by its line number, and a wrong header', () => {
    const broken = content.replace('25,MA,02130,7', '25,MA,2130,7');
    const line = content.split('\r\n').indexOf('25,MA,02130,7') + 1;
    expect(refusal(() => parseDistricts(name, broken)).issues).toEqual([
      { file: name, where: `line ${line}`, reason: expect.stringContaining('zcta (5 digits)') },
    ]);
    expect(refusal(() => parseDistricts(name, content.replace('state_abbr', 'state'))).issues[0]!.where).toBe('line 1');
  });
});

describe('the Census Gazetteer and GeoNames', () => {
  it('reads east longitudes written with a "+" (Guam)', () => {
    const points = parsePoints('2025_Gaz_zcta_national.txt', fixture('2025_Gaz_zcta_national.txt').content);
    expect(points.get('96910')).toEqual([13.4505, 144.7507]);
    expect(points.get('01002')).toEqual([42.3772, -72.4648]);
  });

  it('prefers the GeoNames row with a state for a ZIP listed twice, and keeps military codes stateless', () => {
    const places = parsePlaces('US.txt', fixture('US.txt').content, 'US');
    expect(places.get('96860')).toMatchObject({ name: 'Jbphh', state: 'HI' });
    expect(places.get('09007')).toMatchObject({ name: 'APO AE', state: '' });
    expect(places.get('02130')).toEqual({ name: 'Jamaica Plain', state: 'MA', point: [42.3126, -71.1115] });
  });

  it('sets the state of Puerto Rico’s codes itself (the file’s state columns hold the municipio)', () => {
    expect(parsePlaces('PR.txt', fixture('PR.txt').content, 'PR').get('00601')).toMatchObject({ name: 'Adjuntas', state: 'PR' });
    expect(refusal(() => parsePlaces('PR.txt', fixture('US.txt').content, 'PR')).issues[0]!.reason).toMatch(/country code must be PR/);
  });
});

describe('Massachusetts legislators (Open States)', () => {
  const read = (prefix: string) => {
    const file = fs.readdirSync(path.join(FIXTURES, 'ma-legislature')).find((f) => f.startsWith(prefix))!;
    return fixture(path.join('ma-legislature', file));
  };

  it('takes the role without an end_date, not the last one (Liz Miranda: Senate, not her old House seat)', () => {
    const { name, content } = read('Liz-Miranda');
    expect(parseStateLegislator(name, content)).toMatchObject({ chamber: 'upper', district: 'Second Suffolk', party: 'Democratic' });
  });

  it('keeps a phone extension and a legislator without any phone', () => {
    const moore = read('Michael-O-Moore');
    expect(parseStateLegislator(moore.name, moore.content).offices).toEqual([
      ['capitol', 'Room 109-B, State House 24 Beacon St., Boston, MA 02133', '+16177221485'],
      ['district', 'MA', '+15087570323;ext=13'],
    ]);
    const field = read('Lisa-Field');
    expect(parseStateLegislator(field.name, field.content).offices).toEqual([['capitol', 'State House 24 Beacon St., Boston, MA 02133', null]]);
  });

  it('refuses a file with two current roles', () => {
    const { name, content } = read('Liz-Miranda');
    const issues = refusal(() => parseStateLegislator(name, content.replace('  end_date: 2023-01-03\n', ''))).issues;
    expect(issues).toEqual([{ file: name, where: 'roles', reason: 'exactly one role must have no end_date (the current one); found 2' }]);
  });
});

describe('phone numbers', () => {
  it('stores E.164 with the extension, and formats them as libphonenumber does, for every number in the data', () => {
    expect(storePhone('508-757-0323 ext. 13')).toBe('+15087570323;ext=13');
    expect(storePhone('617-55')).toBeNull();
    expect(phoneForPeople('+15087570323;ext=13')).toEqual({
      display: '(508) 757-0323 ext. 13',
      e164: '+15087570323',
      extension: '13',
      tel: 'tel:+15087570323;ext=13',
    });
    const dataset = committedDataset();
    const stored = [
      ...dataset.members.flatMap((m) => [m.phone, ...m.offices.map((o) => o[5])]),
      ...dataset.maLegislators.flatMap((p) => p.offices.map((o) => o[2])),
    ].filter((p): p is string => p !== null);
    expect(stored.length).toBeGreaterThan(1500);
    for (const phone of stored) {
      const parsed = parsePhoneNumberFromString(phone.replace(';ext=', ' ext. '), 'US')!;
      expect(phoneForPeople(phone).display, phone).toBe(parsed.formatNational());
      expect(phoneForPeople(phone).tel, phone).toBe(parsed.getURI());
    }
  });
});

describe('converting a set of files', () => {
  const all = () => [
    fixture('legislators-current.yaml'),
    fixture('legislators-district-offices.yaml'),
    fixture('zccd.csv'),
    fixture('2025_Gaz_zcta_national.txt'),
    fixture('US.txt'),
    fixture('PR.txt'),
    ...fs.readdirSync(path.join(FIXTURES, 'ma-legislature')).map((f) => fixture(path.join('ma-legislature', f))),
  ];

  it('recognises the upstream file names, with or without their folders', () => {
    expect(fileKind('congress/zccd.csv')).toBe('districts');
    expect(fileKind('C:\\data\\2026_Gaz_zcta_national.txt')).toBe('points');
    expect(fileKind('geonames/PR.txt')).toBe('placesPR');
    expect(fileKind('Lisa-Field-0a14e19e-3761-4aa2-887f-8b335d6e3eed.yml')).toBe('maLegislator');
    expect(fileKind('legislators-historical.yaml')).toBeNull();
  });

  it('refuses excerpts as cut-short files, naming each one', () => {
    const error = refusal(() => convertSources(all(), null, { asOf: '2026-11-25', importedAt: null }));
    expect(error.issues.map((i) => i.file)).toEqual([
      'legislators-current.yaml',
      'legislators-district-offices.yaml',
      'zccd.csv',
      '2025_Gaz_zcta_national.txt',
      'US.txt',
      'PR.txt',
      'Massachusetts legislator files',
    ]);
    expect(error.issues[0]!.reason).toBe(
      'it lists 2 senators and 8 House members, where a complete file has about 100 and 435. It looks cut short or is the wrong file',
    );
  });

  it('without current data, refuses a partial set by naming the missing sources', () => {
    const error = refusal(() => convertSources([fixture('zccd.csv')], null, { asOf: '2026-11-25', importedAt: null }));
    expect(error.issues.map((i) => i.file)).toEqual([
      'legislators-current.yaml',
      'legislators-district-offices.yaml',
      '<year>_Gaz_zcta_national.txt',
      'US.txt',
      'PR.txt',
      'Massachusetts legislator files (data/ma/legislature/*.yml)',
    ]);
  });

  it('refuses unknown and repeated file names', () => {
    const error = refusal(() => convertSources([fixture('zccd.csv'), fixture('zccd.csv'), { name: 'notes.txt', content: '' }], null, { asOf: '2026-11-25', importedAt: null }));
    expect(error.issues.map((i) => `${i.file}: ${i.reason}`)).toEqual([
      'zccd.csv: was given twice',
      expect.stringMatching(/^notes\.txt: is not a file this app reads/),
    ]);
  });
});

describe('the committed data file (data/legislators/dataset.json)', () => {
  const dataset = committedDataset();

  it('is valid, versioned, and credits every source with its license and date', () => {
    const result = Dataset.safeParse(dataset);
    expect(result.success, JSON.stringify(result.error?.issues.slice(0, 3))).toBe(true);
    expect(dataset.sources.map((s) => [s.id, s.asOf])).toEqual([
      ['members', '2026-06-15'],
      ['offices', '2026-06-10'],
      ['districts', '2024-11-12'],
      ['points', '2025-12-30'],
      ['places', '2024-04-12'],
      ['maLegislators', '2026-06-05'],
    ]);
    for (const source of dataset.sources) expect(source.license, source.id).toMatch(/CC0|public domain|CC BY 4.0/);
    expect(dataset.sources.find((s) => s.id === 'places')?.attribution).toBe(GEONAMES_ATTRIBUTION);
  });

  it('has the counts of SOURCES.md', () => {
    expect(dataset.members).toHaveLength(537);
    expect(dataset.members.filter((m) => m.type === 'sen')).toHaveLength(100);
    expect(dataset.members.reduce((n, m) => n + m.offices.length, 0)).toBe(1312);
    expect(dataset.zips.districts.filter(Boolean)).toHaveLength(33_774);
    expect(dataset.zips.districts.filter((d) => new Set(d.split(' ').map((a) => a.slice(0, 2))).size > 1)).toHaveLength(109);
    expect(dataset.maLegislators).toHaveLength(198);
    expect(dataset.maLegislators.filter((p) => p.chamber === 'upper')).toHaveLength(40);
  });

  it('stays small enough to load fast', () => {
    const bytes = fs.statSync(path.join(appPaths().dataFiles, 'legislators', 'dataset.json')).size;
    expect(bytes).toBeLessThan(2.5 * 1024 * 1024);
  });

  it('splits into source tables and packs back to the same data', () => {
    expect(packDataset(unpackDataset(dataset), dataset.sources, dataset.validUntil!)).toEqual(dataset);
  });

  it('puts every island ZCTA without a district row inside a territory ZIP range', () => {
    const islands: string[] = [];
    for (let i = 0; i < dataset.zips.count; i++) {
      if (dataset.zips.pointFrom[i] === 'c' && !dataset.zips.districts[i]) islands.push(dataset.zips.zip.slice(i * 5, i * 5 + 5));
    }
    expect(islands).toHaveLength(17);
    for (const zip of islands) expect(territoryOfZip(zip), zip).not.toBeNull();
    expect(new Set(islands.map(territoryOfZip))).toEqual(new Set(TERRITORY_ZIP_RANGES.map((r) => r.state)));
  });
});

describe('npm run data:build, from the raw upstream files', () => {
  it('gives exactly the committed file (the build is reproducible and the file is up to date)', () => {
    const ma = fs.readdirSync(path.join(rawSources(), 'ma-legislature')).map((f) => rawFile(path.join('ma-legislature', f)));
    const files = [
      rawFile('congress/legislators-current.yaml'),
      rawFile('congress/legislators-district-offices.yaml'),
      rawFile('congress/zccd.csv'),
      rawFile('zip/2025_Gaz_zcta_national.txt'),
      rawFile('zip/geonames/US.txt'),
      rawFile('zip/geonames/PR.txt'),
      ...ma,
    ];
    const committed = committedDataset();
    const asOf = Object.fromEntries(committed.sources.map((s) => [s.id, s.asOf]));
    const commits = Object.fromEntries(committed.sources.map((s) => [s.id, s.commit!]));
    const { dataset } = convertSources(files, null, { asOf, commits, importedAt: null });
    dataset.sources.find((s) => s.id === 'maLegislators')!.files = committed.sources.find((s) => s.id === 'maLegislators')!.files;
    expect(serializeDataset(dataset)).toBe(fs.readFileSync(path.join(appPaths().dataFiles, 'legislators', 'dataset.json'), 'utf8'));
  });
});
