/**
 * The places a US ZIP code can belong to, and what each sends to Congress. The four island
 * territories need ZIP ranges: neither zccd.csv nor the GeoNames files we ship have rows for them,
 * yet each has a delegate. USPS gives them these ranges, and every island ZCTA in the Census
 * Gazetteer falls inside one (a test checks it). A territory has one at-large seat, so any ZIP in
 * its range has the same delegate: no district map is needed.
 */

export type JurisdictionKind = 'state' | 'district-of-columbia' | 'territory' | 'freely-associated';

export interface Jurisdiction {
  name: string;
  kind: JurisdictionKind;
}

const STATES: Record<string, string> = {
  AL: 'Alabama', AK: 'Alaska', AZ: 'Arizona', AR: 'Arkansas', CA: 'California', CO: 'Colorado',
  CT: 'Connecticut', DE: 'Delaware', FL: 'Florida', GA: 'Georgia', HI: 'Hawaii', ID: 'Idaho',
  IL: 'Illinois', IN: 'Indiana', IA: 'Iowa', KS: 'Kansas', KY: 'Kentucky', LA: 'Louisiana',
  ME: 'Maine', MD: 'Maryland', MA: 'Massachusetts', MI: 'Michigan', MN: 'Minnesota',
  MS: 'Mississippi', MO: 'Missouri', MT: 'Montana', NE: 'Nebraska', NV: 'Nevada',
  NH: 'New Hampshire', NJ: 'New Jersey', NM: 'New Mexico', NY: 'New York', NC: 'North Carolina',
  ND: 'North Dakota', OH: 'Ohio', OK: 'Oklahoma', OR: 'Oregon', PA: 'Pennsylvania',
  RI: 'Rhode Island', SC: 'South Carolina', SD: 'South Dakota', TN: 'Tennessee', TX: 'Texas',
  UT: 'Utah', VT: 'Vermont', VA: 'Virginia', WA: 'Washington', WV: 'West Virginia',
  WI: 'Wisconsin', WY: 'Wyoming',
};

const OTHERS: Record<string, Jurisdiction> = {
  DC: { name: 'District of Columbia', kind: 'district-of-columbia' },
  PR: { name: 'Puerto Rico', kind: 'territory' },
  VI: { name: 'U.S. Virgin Islands', kind: 'territory' },
  GU: { name: 'Guam', kind: 'territory' },
  AS: { name: 'American Samoa', kind: 'territory' },
  MP: { name: 'Northern Mariana Islands', kind: 'territory' },
  // Sovereign nations with US ZIP codes (GeoNames lists two for MH): no member of Congress.
  MH: { name: 'Marshall Islands', kind: 'freely-associated' },
  FM: { name: 'Micronesia', kind: 'freely-associated' },
  PW: { name: 'Palau', kind: 'freely-associated' },
};

export function jurisdiction(code: string): Jurisdiction | null {
  const state = STATES[code];
  if (state) return { name: state, kind: 'state' };
  return OTHERS[code] ?? null;
}

/** Places with a member of Congress: the 50 states, DC and the five territories. */
export function hasCongressMember(code: string): boolean {
  const kind = jurisdiction(code)?.kind;
  return kind === 'state' || kind === 'district-of-columbia' || kind === 'territory';
}

/** The House member's title where it isn't "Representative". */
export function houseRole(state: string): 'representative' | 'delegate' | 'resident-commissioner' {
  if (state === 'PR') return 'resident-commissioner';
  const kind = jurisdiction(state)?.kind;
  return kind === 'territory' || kind === 'district-of-columbia' ? 'delegate' : 'representative';
}

/** USPS ranges of the territories that have no rows in the district or place-name files. */
export const TERRITORY_ZIP_RANGES: readonly { state: string; from: string; to: string }[] = [
  { state: 'VI', from: '00801', to: '00851' },
  { state: 'AS', from: '96799', to: '96799' },
  { state: 'GU', from: '96910', to: '96932' },
  { state: 'MP', from: '96950', to: '96952' },
];

export function territoryOfZip(zip: string): string | null {
  for (const range of TERRITORY_ZIP_RANGES) if (zip >= range.from && zip <= range.to) return range.state;
  return null;
}
