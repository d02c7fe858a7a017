/**
 * The three ZIP tables: zccd.csv (ZCTA → congressional districts), the Census ZCTA Gazetteer
 * (interior points) and GeoNames postal codes (place names, states, points). Every code is read
 * as text, so leading zeros stay; each row is checked and a bad one is named by its line.
 */
import type { Point } from '../geo';
import { roundCoordinate } from '../geo';
import { bySeat } from '../seats';
import { IssueList, textLines } from './issues';

/** ZIP → its districts, e.g. ["MA7", "MA8"] (state code + district number, 0 = at-large). */
export type DistrictTable = Map<string, string[]>;
export type PointTable = Map<string, Point>;
export interface Place {
  name: string;
  /** "" for military APO/FPO codes. */
  state: string;
  point: Point;
}
export type PlaceTable = Map<string, Place>;

const ZCCD_HEADER = 'state_fips,state_abbr,zcta,cd';
const ZCCD_ROW = /^(\d{2}),([A-Z]{2}),(\d{5}),(\d{1,2})$/;

export function parseDistricts(file: string, content: string): DistrictTable {
  const lines = textLines(content);
  const issues = new IssueList(file);
  if (lines[0]?.trim() !== ZCCD_HEADER) {
    issues.add('line 1', `the header must be "${ZCCD_HEADER}"`);
    issues.check();
  }
  const table: DistrictTable = new Map();
  for (let i = 1; i < lines.length && !issues.full; i++) {
    const match = ZCCD_ROW.exec(lines[i]!.trim());
    if (!match) {
      issues.add(`line ${i + 1}`, 'expected state_fips (2 digits),state_abbr (2 letters),zcta (5 digits),cd (a number)');
      continue;
    }
    const [, , state, zcta, cd] = match;
    const area = `${state}${Number(cd)}`;
    const areas = table.get(zcta!);
    if (!areas) table.set(zcta!, [area]);
    else if (!areas.includes(area)) areas.push(area);
  }
  issues.check();
  for (const areas of table.values()) areas.sort(bySeat);
  return table;
}

function coordinate(text: string | undefined, limit: number): number | null {
  // Number() accepts the "+144.75" of east longitudes; a digits-only pattern would not.
  const value = text === undefined || text.trim() === '' ? NaN : Number(text);
  return Number.isFinite(value) && Math.abs(value) <= limit ? roundCoordinate(value) : null;
}

/** The 2025 Gazetteer is pipe-delimited; earlier years were tab-delimited with padded headers. */
export function parsePoints(file: string, content: string): PointTable {
  const lines = textLines(content);
  const issues = new IssueList(file);
  const delimiter = lines[0]?.includes('|') ? '|' : '\t';
  const header = (lines[0] ?? '').split(delimiter).map((h) => h.trim());
  const [geoid, lat, lon] = ['GEOID', 'INTPTLAT', 'INTPTLONG'].map((name) => header.indexOf(name));
  if (geoid! < 0 || lat! < 0 || lon! < 0) {
    issues.add('line 1', 'the header must name the columns GEOID, INTPTLAT and INTPTLONG');
    issues.check();
  }
  const table: PointTable = new Map();
  for (let i = 1; i < lines.length && !issues.full; i++) {
    const cells = lines[i]!.split(delimiter);
    const zcta = cells[geoid!]?.trim() ?? '';
    const latitude = coordinate(cells[lat!], 90);
    const longitude = coordinate(cells[lon!], 180);
    if (!/^\d{5}$/.test(zcta)) issues.add(`line ${i + 1}`, 'GEOID must be a 5-digit ZCTA');
    else if (latitude === null || longitude === null) issues.add(`line ${i + 1} (${zcta})`, 'INTPTLAT/INTPTLONG must be decimal degrees');
    else if (table.has(zcta)) issues.add(`line ${i + 1} (${zcta})`, 'the same GEOID appears twice');
    else table.set(zcta, [latitude, longitude]);
  }
  issues.check();
  return table;
}

/**
 * GeoNames' 12 tab-separated columns, no header. In PR.txt the "state" columns hold the municipio,
 * so the state is set to PR. A ZIP listed twice keeps the row that names a state (96860, 96863).
 */
export function parsePlaces(file: string, content: string, country: 'US' | 'PR'): PlaceTable {
  const lines = textLines(content);
  const issues = new IssueList(file);
  const table: PlaceTable = new Map();
  for (let i = 0; i < lines.length && !issues.full; i++) {
    const cells = lines[i]!.split('\t');
    const where = `line ${i + 1}`;
    if (cells.length < 11) {
      issues.add(where, 'expected 12 tab-separated columns (GeoNames postal code format)');
      continue;
    }
    const [code, zip, name] = cells;
    const latitude = coordinate(cells[9], 90);
    const longitude = coordinate(cells[10], 180);
    if (code !== country) issues.add(where, `the country code must be ${country}, not "${code}"`);
    else if (!/^\d{5}$/.test(zip ?? '')) issues.add(where, 'the postal code must have 5 digits');
    else if (!name?.trim()) issues.add(`${where} (${zip})`, 'the place name is empty');
    else if (latitude === null || longitude === null) issues.add(`${where} (${zip})`, 'latitude/longitude must be decimal degrees');
    else {
      const state = country === 'PR' ? 'PR' : (cells[4] ?? '').trim();
      if (state !== '' && !/^[A-Z]{2}$/.test(state)) {
        issues.add(`${where} (${zip})`, `"${state}" is not a two-letter state code`);
        continue;
      }
      const known = table.get(zip!);
      if (!known || (known.state === '' && state !== '')) table.set(zip!, { name: name.trim(), state, point: [latitude, longitude] });
    }
  }
  issues.check();
  return table;
}
