import { describe, expect, it } from 'vitest';
import type { LookupResult, MemberOfCongress } from '../../src/common/legislators';
import { AppError } from '../../src/core/errors';
import { haversineKm } from '../../src/core/legislators/geo';
import { lookupZip } from '../../src/core/legislators/lookup';
import { buildIndex } from '../../src/core/legislators/lookup-index';
import { committedDataset } from './legislators-helpers';

const index = buildIndex(committedDataset());
const ON_TEST_DAY = { today: '2026-11-25', language: 'en' } as const;
const lookup = (zip: string, context: { today: string; language: 'en' | 'es' } = ON_TEST_DAY) => lookupZip(index, zip, context);

const names = (members: MemberOfCongress[]) => members.map((m) => m.name);
const codes = (result: LookupResult) => result.notes.map((n) => n.code);
const officeCities = (member: MemberOfCongress) => member.offices.map((o) => `${o.kind}:${o.city}`);

function refused(zip: string): AppError {
  try {
    lookup(zip);
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`${zip} was not refused`);
}

describe('legislators.lookup, by ZIP code', () => {
  it('a single-district ZIP: Brockton 02301 is MA-8 only, with both senators and the as-of dates', () => {
    const result = lookup('02301');
    expect(result).toMatchObject({ zip: '02301', town: 'Brockton', state: 'MA', stateName: 'Massachusetts', jurisdiction: 'state', split: false });
    expect(names(result.senators)).toEqual(['Elizabeth Warren', 'Edward J. Markey']);
    expect(result.senators.map((s) => s.rank)).toEqual(['senior', 'junior']);
    expect(result.representatives.map((r) => `${r.seat} ${r.name}`)).toEqual(['MA-8 Stephen F. Lynch']);
    expect(result.asOf).toEqual({
      members: '2026-06-15',
      offices: '2026-06-10',
      districts: '2024-11-12',
      points: '2025-12-30',
      places: '2024-04-12',
      maLegislators: '2026-06-05',
    });
  });

  it('a split ZIP: Jamaica Plain 02130 lists both MA-7 and MA-8 and says so plainly', () => {
    const result = lookup('02130');
    expect(result.town).toBe('Jamaica Plain');
    expect(result.split).toBe(true);
    expect(result.representatives.map((r) => `${r.seat} ${r.name}`)).toEqual(['MA-7 Ayanna Pressley', 'MA-8 Stephen F. Lynch']);
    const split = result.notes.find((n) => n.code === 'split_zip')!;
    expect(split.message).toMatch(/^Your ZIP code is split between 2 congressional districts \(MA-7, MA-8\)/);
    expect(split.message).toMatch(/street address/);
  });

  it('Massachusetts: the state legislators are to be chosen from the list (no town-to-district table)', () => {
    const result = lookup('01002');
    expect(result.town).toBe('Amherst');
    expect(result.stateLegislature).toEqual({ state: 'MA', how: 'choose-from-list', method: 'legislators.searchState' });
    expect(codes(result)).toContain('choose_state_legislators');
    expect(lookup('99501').stateLegislature).toBeNull();
  });

  it('an at-large state: Anchorage 99501 has one representative for all of Alaska', () => {
    const result = lookup('99501');
    expect(result.representatives).toHaveLength(1);
    expect(result.representatives[0]).toMatchObject({ name: 'Nicholas J. Begich III', seat: 'AK-AL', district: 0, atLarge: true, role: 'representative' });
    expect(result.senators).toHaveLength(2);
    expect(lookup('05401').representatives[0]).toMatchObject({ name: 'Becca Balint', seat: 'VT-AL' });
  });

  it('DC: a delegate and no senators, said so', () => {
    const result = lookup('20001');
    expect(result).toMatchObject({ state: 'DC', jurisdiction: 'district-of-columbia', senators: [] });
    expect(result.representatives[0]).toMatchObject({ name: 'Eleanor Holmes Norton', role: 'delegate', seat: 'DC-AL' });
    expect(result.notes.find((n) => n.code === 'no_senators')?.message).toMatch(/^Washington, DC has no US senators/);
  });

  it('Puerto Rico: the resident commissioner, no senators', () => {
    const result = lookup('00601');
    expect(result).toMatchObject({ town: 'Adjuntas', state: 'PR', jurisdiction: 'territory', senators: [] });
    expect(result.representatives[0]).toMatchObject({ name: 'Pablo José Hernández', role: 'resident-commissioner' });
    expect(result.notes.find((n) => n.code === 'no_senators')?.message).toMatch(/^Puerto Rico has no US senators/);
  });

  it('territories without district rows are recognised by their ZIP ranges: Guam, the Virgin Islands, American Samoa, the Northern Marianas', () => {
    const delegates = ['96910', '00802', '96799', '96950'].map((zip) => {
      const result = lookup(zip);
      expect(result.senators, zip).toEqual([]);
      expect(result.town, zip).toBeNull();
      expect(codes(result), zip).toEqual(['no_town', 'no_senators']);
      return `${result.state} ${result.representatives[0]?.role} ${result.representatives[0]?.name}`;
    });
    expect(delegates).toEqual([
      'GU delegate James C. Moylan',
      'VI delegate Stacey E. Plaskett',
      'AS delegate Aumua Amata Coleman Radewagen',
      'MP delegate Kimberlyn King-Hinds',
    ]);
  });

  it('a vacant seat: Hayward 94541 (CA-14) says the seat is vacant and invents nobody', () => {
    const result = lookup('94541');
    expect(result.representatives).toEqual([]);
    expect(result.vacantSeats).toEqual([{ state: 'CA', district: 14, seat: 'CA-14' }]);
    expect(result.notes.find((n) => n.code === 'vacant_seat')?.message).toMatch(/^The House seat for CA-14 is vacant/);
    expect(result.senators).toHaveLength(2);
  });

  it('the member without any phone (G000607, CA-1) is shown with no number, and the note says so', () => {
    const gallagher = lookup('95568').representatives[0]!;
    expect(gallagher).toMatchObject({ id: 'G000607', name: 'James Gallagher', phone: null });
    expect(gallagher.offices).toEqual([
      { kind: 'washington', address: null, city: 'Washington', state: 'DC', zip: null, phone: null, distanceKm: null, distanceMiles: null },
    ]);
    expect(gallagher.notes.map((n) => n.code)).toEqual(['no_phone']);
  });

  it('orders offices nearest first by the ZIP’s Census point, then Washington', () => {
    const lynchFrom = (zip: string) => lookup(zip).representatives.find((r) => r.id === 'L000562')!;
    expect(officeCities(lynchFrom('02301'))).toEqual(['district:Brockton', 'district:Quincy', 'district:Boston', 'washington:Washington']);
    expect(officeCities(lynchFrom('02169'))).toEqual(['district:Quincy', 'district:Boston', 'district:Brockton', 'washington:Washington']);
    expect(officeCities(lynchFrom('02130'))).toEqual(['district:Boston', 'district:Quincy', 'district:Brockton', 'washington:Washington']);
    // The distances are the real ones from 02301's Census point (Gazetteer: 42.078371, -71.042304).
    const lynch = committedDataset().members.find((m) => m.id === 'L000562')!;
    const brockton: [number, number] = [42.078371, -71.042304];
    for (const [i, office] of lynchFrom('02301').offices.slice(0, 3).entries()) {
      const stored = lynch.offices.find((o) => o[2] === office.city)!;
      expect(office.distanceKm, office.city!).toBeCloseTo(haversineKm(brockton, [stored[6]!, stored[7]!]), 0);
      if (i > 0) expect(office.distanceKm!).toBeGreaterThan(lynchFrom('02301').offices[i - 1]!.distanceKm!);
    }
    // The number to call first is the nearest office's, formatted for reading and dialing.
    expect(lynchFrom('02301').phone).toEqual({ display: '(508) 586-5555', e164: '+15085865555', extension: null, tel: 'tel:+15085865555' });
  });

  it('a ZIP crossing a state line lists both states, and restores the state zccd.csv dropped (57660: SD post office, ND row)', () => {
    const pawtucket = lookup('02861');
    expect(pawtucket).toMatchObject({ town: 'Pawtucket', state: 'RI', states: ['RI', 'MA'], split: true });
    expect(names(pawtucket.senators)).toEqual(['Jack Reed', 'Sheldon Whitehouse', 'Elizabeth Warren', 'Edward J. Markey']);
    expect(codes(pawtucket)).toContain('cross_state');
    const watauga = lookup('57660');
    expect(watauga.states).toEqual(['SD', 'ND']);
    expect(watauga.representatives.map((r) => r.seat)).toEqual(['ND-AL', 'SD-AL']);
  });

  it('a PO-box ZIP (01061 Northampton) takes its town’s districts and says how', () => {
    const result = lookup('01061');
    expect(result.representatives.map((r) => r.seat)).toEqual(['MA-2']);
    expect(result.notes[0]).toMatchObject({ code: 'zip_not_mapped', message: expect.stringContaining('Northampton, MA') });
  });

  it('flags a member whose term ended after the data was collected (Husted, OH, appointed until 2026-11-03)', () => {
    const husted = (today: string) => lookup('43215', { today, language: 'en' }).senators.find((s) => s.name === 'Jon Husted')!;
    expect(husted('2026-11-25').notes.map((n) => n.code)).toEqual(['term_ended']);
    expect(husted('2026-06-20').notes).toEqual([]);
  });

  it('accepts ZIP+4 and spaces, and answers in Spanish when asked', () => {
    expect(lookup(' 02130-1234 ').zip).toBe('02130');
    const spanish = lookup('20001', { today: '2026-11-25', language: 'es' });
    expect(spanish.notes[0]!.message).toMatch(/^Washington, DC no tiene senadores/);
  });

  it('an unknown ZIP is not_found with a plain sentence; military and Marshall Islands codes too', () => {
    expect(refused('99999')).toMatchObject({ code: 'not_found', message: 'We could not find ZIP code 99999. Check the 5 digits, or enter the ZIP code of your home address.' });
    expect(refused('09007')).toMatchObject({ code: 'not_found', message: expect.stringMatching(/military \(APO\/FPO\)/) });
    expect(refused('96960')).toMatchObject({ code: 'not_found', message: expect.stringMatching(/Marshall Islands/) });
  });

  it('a malformed ZIP is invalid_argument, pointing at the field', () => {
    for (const zip of ['2130', 'ABCDE', '021301', '', '02130-12']) {
      expect(refused(zip), zip).toMatchObject({ code: 'invalid_argument', extra: { issues: [{ path: 'zip', reason: 'invalid_zip' }] } });
    }
  });
});
