/**
 * ZIP code → who represents the person in Congress, never a silent guess: a ZIP split between
 * districts lists every candidate, a ZIP crossing a state line lists both states' senators, a
 * vacant seat is said to be vacant. Pure: the index and today's date in, the result out.
 */
import type { LookupResult, MemberOfCongress, Note, VacantSeat } from '../../common/legislators';
import { AppError } from '../errors';
import { placeStateAt } from './dataset';
import type { Point } from './geo';
import { hasCongressMember, jurisdiction, territoryOfZip } from './jurisdictions';
import { townSeats, type LegislatorIndex } from './lookup-index';
import { describeMember, type CallerContext } from './member';
import { sentence } from './messages';
import { bySeat, parseSeat, seatKey, seatLabel } from './seats';

/** 5 digits, or ZIP+4 with or without its dash; spaces around are forgiven. */
export function normalizeZip(raw: string): string | null {
  const match = /^(\d{5})(?:-?\d{4})?$/.exec(raw.trim());
  return match ? match[1]! : null;
}

interface Place {
  zip: string;
  town: string | null;
  /** The post office's state, when known. */
  placeState: string;
  point: Point | null;
  /** House seats ("MA7"), sorted. */
  seats: string[];
  notes: Note[];
}

function pointAt(index: LegislatorIndex, row: number): Point | null {
  const lat = index.dataset.zips.lat[row];
  const lon = index.dataset.zips.lon[row];
  return lat != null && lon != null ? [lat, lon] : null;
}

function notFound(message: string): AppError {
  return new AppError('not_found', message);
}

/**
 * zccd.csv dropped duplicate (ZCTA, district) rows without looking at the state, so where a ZCTA
 * crosses a state line and both parts have the same district number one state lost its row
 * (e.g. 57660 keeps ND-AL but GeoNames puts its post office in SD, also at-large). The post
 * office's state is then added back with the district numbers that state has.
 */
function restoreDroppedState(index: LegislatorIndex, seats: string[], placeState: string): string[] {
  if (!placeState || !hasCongressMember(placeState) || seats.some((s) => s.startsWith(placeState))) return seats;
  const districts = index.districtsOfState.get(placeState);
  const restored = seats.map((s) => parseSeat(s).district).filter((d) => districts?.has(d)).map((d) => seatKey(placeState, d));
  return [...new Set([...seats, ...restored])].sort(bySeat);
}

/** A ZIP with no district map (PO boxes, one organization): at-large state, or its town's seats. */
function seatsOfUnmappedZip(index: LegislatorIndex, zip: string, town: string, state: string, context: CallerContext) {
  const districts = index.districtsOfState.get(state);
  if (districts?.size === 1 && districts.has(0)) return { seats: [seatKey(state, 0)], notes: [] };
  const seats = townSeats(index, state, town);
  if (seats.length) {
    return { seats, notes: [{ code: 'zip_not_mapped' as const, message: sentence('zipNotMapped', context.language, { zip, town: `${town}, ${state}` }) }] };
  }
  return { seats: [], notes: [{ code: 'district_unknown' as const, message: sentence('districtUnknown', context.language, { zip }) }] };
}

function findPlace(index: LegislatorIndex, zip: string, context: CallerContext): Place {
  const territory = territoryOfZip(zip);
  const row = index.rowOf.get(zip);
  if (territory) {
    // No place names for these islands in the data (see jurisdictions.ts): the person types the town.
    const place = jurisdiction(territory)!.name;
    return {
      zip,
      town: null,
      placeState: territory,
      point: row === undefined ? null : pointAt(index, row),
      seats: [seatKey(territory, 0)],
      notes: [{ code: 'no_town', message: sentence('noTown', context.language, { place }) }],
    };
  }
  if (row === undefined) throw notFound(sentence('zipNotFound', context.language, { zip }));
  const { zips } = index.dataset;
  const town = zips.place[row] || null;
  const placeState = placeStateAt(zips, row);
  const mapped = zips.districts[row];
  if (mapped) {
    return { zip, town, placeState, point: pointAt(index, row), seats: restoreDroppedState(index, mapped.split(' '), placeState), notes: [] };
  }
  if (!town) throw notFound(sentence('zipNotFound', context.language, { zip }));
  if (!placeState) throw notFound(sentence('militaryZip', context.language, { zip }));
  if (!hasCongressMember(placeState)) {
    throw notFound(sentence('noMemberOfCongress', context.language, { zip, place: jurisdiction(placeState)?.name ?? placeState }));
  }
  return { zip, town, placeState, point: pointAt(index, row), ...seatsOfUnmappedZip(index, zip, town, placeState, context) };
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

export function lookupZip(index: LegislatorIndex, rawZip: string, context: CallerContext): LookupResult {
  const zip = normalizeZip(rawZip);
  if (!zip) {
    throw new AppError('invalid_argument', sentence('invalidZip', context.language), { issues: [{ path: 'zip', reason: 'invalid_zip' }] });
  }
  const place = findPlace(index, zip, context);
  const seatStates = unique(place.seats.map((s) => parseSeat(s).state));
  const states = unique([...(seatStates.includes(place.placeState) || !place.seats.length ? [place.placeState] : []), ...seatStates]);
  const state = states[0]!;
  const kind = jurisdiction(state)!.kind;
  const notes: Note[] = [...place.notes];

  const senators: MemberOfCongress[] = states.flatMap((s) => index.senators.get(s) ?? []).map((m) => describeMember(m, place.point, context));
  const representatives: MemberOfCongress[] = [];
  const vacantSeats: VacantSeat[] = [];
  for (const seat of place.seats) {
    const member = index.house.get(seat);
    if (member) representatives.push(describeMember(member, place.point, context));
    else vacantSeats.push({ ...parseSeat(seat), seat: seatLabel(seat) });
  }
  const split = place.seats.length > 1;
  if (split) {
    notes.push({
      code: 'split_zip',
      message: sentence('splitZip', context.language, { count: place.seats.length, seats: place.seats.map(seatLabel).join(', ') }),
    });
  }
  if (states.length > 1) notes.push({ code: 'cross_state', message: sentence('crossState', context.language, { states: states.join(', ') }) });
  for (const vacant of vacantSeats) notes.push({ code: 'vacant_seat', message: sentence('vacantSeat', context.language, { seat: vacant.seat }) });
  for (const s of states) {
    const k = jurisdiction(s)?.kind;
    if (k === 'district-of-columbia') notes.push({ code: 'no_senators', message: sentence('noSenatorsDC', context.language) });
    else if (s === 'PR') notes.push({ code: 'no_senators', message: sentence('noSenatorsPR', context.language) });
    else if (k === 'territory') notes.push({ code: 'no_senators', message: sentence('noSenatorsTerritory', context.language, { place: jurisdiction(s)!.name }) });
  }
  const chooseMa = states.includes('MA');
  if (chooseMa) notes.push({ code: 'choose_state_legislators', message: sentence('chooseStateLegislators', context.language) });

  return {
    zip,
    town: place.town,
    state,
    stateName: jurisdiction(state)!.name,
    states,
    jurisdiction: kind === 'freely-associated' ? 'territory' : kind,
    senators,
    representatives,
    vacantSeats,
    split,
    stateLegislature: chooseMa ? { state: 'MA', how: 'choose-from-list', method: 'legislators.searchState' } : null,
    notes,
    asOf: index.asOf,
  };
}
