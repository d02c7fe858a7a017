/**
 * How long legislator data is right: the 119th Congress ends on 2027-01-03, the 194th General
 * Court on 2027-01-06. The console warns 30 days before; from the day itself the data is expired.
 * Also `--today`'s clock, which lets the host run as if on such a day.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InfoResult } from '../../src/common/legislators';
import { clockOn } from '../../src/core/clock';
import { convertSources } from '../../src/core/legislators/convert';
import {
  congressValidUntil,
  describeValidity,
  firstWednesdayOfJanuary,
  generalCourtValidUntil,
  validityStatus,
  validUntilOf,
} from '../../src/core/legislators/validity';
import { ok, startCore, TestClock } from './helpers';
import { parseStateLegislators } from '../../src/core/legislators/sources/massachusetts';
import { committedDataset, fixture, rawFile, rawSources } from './legislators-helpers';

const MA_FIXTURES = [
  'Lisa-Field-0a14e19e-3761-4aa2-887f-8b335d6e3eed.yml',
  'Liz-Miranda-703d6d4e-3a1d-4a2e-82e3-3c9693b75953.yml',
  'Michael-O-Moore-7b48bd48-8d27-4dd8-958d-703571efe150.yml',
  'Nicholas-A-Boldyga-0e72fc19-89be-49b9-8baf-5f35f938ec87.yml',
].map((name) => fixture(`ma-legislature/${name}`));

describe('valid-until dates', () => {
  it('the shipped data carries them: the 119th Congress and the 194th General Court', () => {
    expect(committedDataset().validUntil).toEqual({ congress: '2027-01-03', maLegislature: '2027-01-06' });
  });

  it('Congress: the House terms in the data; without any, the next 3 January of an odd year', () => {
    expect(congressValidUntil(committedDataset().members, '2026-06-15')).toBe('2027-01-03');
    const odd = [...Array(5)].map(() => ({ type: 'rep' as const, termEnd: '2029-01-03' }));
    expect(congressValidUntil([...odd, { type: 'rep', termEnd: '2027-06-01' }, { type: 'sen', termEnd: '2031-01-03' }], '2027-02-01')).toBe('2029-01-03');
    expect(congressValidUntil([], '2026-06-15')).toBe('2027-01-03');
    expect(congressValidUntil([], '2027-01-03')).toBe('2029-01-03');
    expect(congressValidUntil([], '2027-01-02')).toBe('2027-01-03');
  });

  it('Massachusetts: the first Wednesday of January of the odd year after the newest role began', () => {
    expect(firstWednesdayOfJanuary(2025)).toBe('2025-01-01');
    expect(firstWednesdayOfJanuary(2027)).toBe('2027-01-06');
    expect(firstWednesdayOfJanuary(2029)).toBe('2029-01-03');
    expect(generalCourtValidUntil('2026-04-15')).toBe('2027-01-06');
    expect(generalCourtValidUntil('2025-01-01')).toBe('2027-01-06');
    expect(generalCourtValidUntil('2027-01-05')).toBe('2027-01-06');
    expect(generalCourtValidUntil('2027-01-06')).toBe('2029-01-03');
  });

  it('Massachusetts files tell their Court by the newest start of a current role', () => {
    // Lisa Field won a special election: her role began 2025-07-16, the newest of the four files.
    expect(parseStateLegislators(MA_FIXTURES).latestStart).toBe('2025-07-16');
    expect(generalCourtValidUntil('2025-07-16')).toBe('2027-01-06');
    // Liz Miranda's older, ended role (2019-01-02) does not count: only current roles do.
    const edited = MA_FIXTURES.map((f) => ({ ...f, content: f.content.replace('start_date: 2023-01-04', 'start_date: 2027-01-06') }));
    expect(parseStateLegislators(edited).latestStart).toBe('2027-01-06');
  });

  it('come from the files: the same old files imported after the new Court and Congress still expire', () => {
    const ma = fs.readdirSync(path.join(rawSources(), 'ma-legislature')).map((f) => rawFile(`ma-legislature/${f}`));
    const files = [...ma, rawFile('congress/legislators-current.yaml')];
    const { dataset } = convertSources(files, committedDataset(), { asOf: '2027-01-10', importedAt: '2027-01-10T12:00:00.000Z' });
    expect(dataset.validUntil).toEqual({ congress: '2027-01-03', maLegislature: '2027-01-06' });
  });

  it('an import saved before datasets carried them gets the same dates', () => {
    const { validUntil, ...old } = committedDataset();
    expect(validUntilOf(old)).toEqual(validUntil);
  });

  it('status: valid, expiring from 30 days before, expired from the day itself', () => {
    expect(validityStatus('2027-01-03', '2026-12-03')).toBe('valid');
    expect(validityStatus('2027-01-03', '2026-12-04')).toBe('expiring');
    expect(validityStatus('2027-01-03', '2027-01-02')).toBe('expiring');
    expect(validityStatus('2027-01-03', '2027-01-03')).toBe('expired');
    expect(describeValidity(committedDataset(), '2027-01-04')).toEqual({
      congress: { validUntil: '2027-01-03', status: 'expired' },
      maLegislature: { validUntil: '2027-01-06', status: 'expiring' },
    });
  });
});

describe('legislators.info tells the kiosk and the console', () => {
  it.each([
    ['2026-12-01T15:00:00.000Z', 'valid', 'valid'],
    ['2026-12-10T15:00:00.000Z', 'expiring', 'expiring'],
    ['2027-01-04T15:00:00.000Z', 'expired', 'expiring'],
    ['2027-01-06T00:00:00.000Z', 'expired', 'expired'],
  ])('on %s: Congress %s, Massachusetts %s', async (now, congress, ma) => {
    const core = startCore(undefined, new TestClock(new Date(now)));
    const info = await ok<InfoResult>(core, 'legislators.info', {});
    expect(info.today).toBe(now.slice(0, 10));
    expect([info.validity.congress.status, info.validity.maLegislature.status]).toEqual([congress, ma]);
  });
});

describe('clockOn (the host’s --today)', () => {
  it('moves the date and keeps the time of day running', () => {
    const real = new TestClock(new Date('2026-06-15T09:30:00.000Z'));
    const clock = clockOn('2027-01-04', real);
    expect(clock.now().toISOString()).toBe('2027-01-04T09:30:00.000Z');
    real.advance(90 * 60_000);
    expect(clock.now().toISOString()).toBe('2027-01-04T11:00:00.000Z');
  });

  it('refuses what is not a date', () => {
    for (const bad of ['2027-02-30', '2027-1-4', 'tomorrow', '']) expect(() => clockOn(bad), bad).toThrow(/YYYY-MM-DD/);
  });
});
