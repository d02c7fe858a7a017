/**
 * The sources of the legislator data: what each is, its license, the credit it needs, and the
 * file names an organizer's import is recognised by (the same names as upstream).
 */

export const SOURCE_IDS = ['members', 'offices', 'districts', 'points', 'places', 'maLegislators'] as const;
export type SourceId = (typeof SOURCE_IDS)[number];

export interface SourceDescription {
  id: SourceId;
  name: string;
  url: string;
  license: string;
  licenseUrl: string | null;
  attribution: string | null;
}

const CC0 = { license: 'CC0 1.0 (public domain)', licenseUrl: 'https://creativecommons.org/publicdomain/zero/1.0/' };
const US_GOVERNMENT = { license: 'US Government work, public domain (17 U.S.C. § 105)', licenseUrl: null };

export const GEONAMES_ATTRIBUTION = 'ZIP code place names © GeoNames (www.geonames.org), CC BY 4.0';

export const SOURCES: Record<SourceId, SourceDescription> = {
  members: {
    id: 'members',
    name: 'Current members of Congress (unitedstates/congress-legislators)',
    url: 'https://github.com/unitedstates/congress-legislators',
    ...CC0,
    attribution: null,
  },
  offices: {
    id: 'offices',
    name: 'District offices of members of Congress (unitedstates/congress-legislators)',
    url: 'https://github.com/unitedstates/congress-legislators',
    ...CC0,
    attribution: null,
  },
  districts: {
    id: 'districts',
    name: 'ZCTA to congressional district, 119th Congress (OpenSourceActivismTech/us-zipcodes-congress, from Census Bureau files)',
    url: 'https://github.com/OpenSourceActivismTech/us-zipcodes-congress',
    ...US_GOVERNMENT,
    attribution: null,
  },
  points: {
    id: 'points',
    name: 'ZCTA interior points, Census Bureau Gazetteer',
    url: 'https://www.census.gov/geographies/reference-files/time-series/geo/gazetteer-files.html',
    ...US_GOVERNMENT,
    attribution: null,
  },
  places: {
    id: 'places',
    name: 'GeoNames postal codes (US and Puerto Rico)',
    url: 'https://www.geonames.org',
    license: 'CC BY 4.0',
    licenseUrl: 'https://creativecommons.org/licenses/by/4.0/',
    attribution: GEONAMES_ATTRIBUTION,
  },
  maLegislators: {
    id: 'maLegislators',
    name: 'Massachusetts General Court members (openstates/people)',
    url: 'https://github.com/openstates/people',
    ...CC0,
    attribution: null,
  },
};

export type FileKind = 'members' | 'offices' | 'districts' | 'points' | 'placesUS' | 'placesPR' | 'maLegislator';

/** Which source a file belongs to, from its name (a path is allowed: only the last part counts). */
export function fileKind(name: string): FileKind | null {
  const base = name.split(/[\\/]/).pop() ?? '';
  if (base === 'legislators-current.yaml') return 'members';
  if (base === 'legislators-district-offices.yaml') return 'offices';
  if (base === 'zccd.csv') return 'districts';
  if (/^\d{4}_Gaz_zcta_national\.txt$/.test(base)) return 'points';
  if (base === 'US.txt') return 'placesUS';
  if (base === 'PR.txt') return 'placesPR';
  // Open States names each person's file Given-Family-<uuid>.yml.
  if (/-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.ya?ml$/.test(base)) return 'maLegislator';
  return null;
}

export function sourceOfKind(kind: FileKind): SourceId {
  if (kind === 'placesUS' || kind === 'placesPR') return 'places';
  if (kind === 'maLegislator') return 'maLegislators';
  return kind;
}

export const EXPECTED_FILE_NAMES =
  'legislators-current.yaml, legislators-district-offices.yaml, zccd.csv, <year>_Gaz_zcta_national.txt, US.txt, PR.txt, or a Massachusetts legislator file named like Given-Family-<uuid>.yml';

/** Seats in the Massachusetts General Court (the Constitution fixes them). */
export const MA_SEATS = { senate: 40, house: 160 } as const;
