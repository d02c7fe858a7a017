/**
 * The in-memory index built once per data set: ZIP → row, House seat → member, state → senators.
 * Everything a lookup needs is a Map.get away; the town index for PO-box ZIPs is built the first
 * time one is asked for (most lookups never need it).
 */
import type { AsOf } from '../../common/legislators';
import { SOURCE_IDS } from './catalog';
import { placeStateAt, type Dataset, type StoredMember } from './dataset';
import { bySeat, parseSeat, seatKey } from './seats';

export interface LegislatorIndex {
  dataset: Dataset;
  rowOf: Map<string, number>;
  /** "MA7" → the member holding that seat. */
  house: Map<string, StoredMember>;
  /** State → its senators, senior first. */
  senators: Map<string, StoredMember[]>;
  /** State → the district numbers of the district map (one, 0, for an at-large state). */
  districtsOfState: Map<string, Set<number>>;
  asOf: AsOf;
  /** "MA|Northampton" → seats of the town's mapped ZIP codes; see townSeats(). */
  townIndex: Map<string, string[]> | null;
}

export function buildIndex(dataset: Dataset): LegislatorIndex {
  const { zips } = dataset;
  const rowOf = new Map<string, number>();
  for (let i = 0; i < zips.count; i++) rowOf.set(zips.zip.slice(i * 5, i * 5 + 5), i);
  const house = new Map<string, StoredMember>();
  const senators = new Map<string, StoredMember[]>();
  for (const member of dataset.members) {
    if (member.type === 'rep') house.set(seatKey(member.state, member.district ?? 0), member);
    else senators.set(member.state, [...(senators.get(member.state) ?? []), member]);
  }
  const rank = (m: StoredMember) => (m.rank === 'senior' ? 0 : m.rank === 'junior' ? 1 : 2);
  for (const list of senators.values()) list.sort((a, b) => rank(a) - rank(b));
  const districtsOfState = new Map<string, Set<number>>();
  const seen = new Set<string>();
  for (const areas of zips.districts) {
    if (!areas || seen.has(areas)) continue;
    seen.add(areas);
    for (const area of areas.split(' ')) {
      const { state, district } = parseSeat(area);
      const set = districtsOfState.get(state) ?? new Set<number>();
      set.add(district);
      districtsOfState.set(state, set);
    }
  }
  const asOf: AsOf = {};
  for (const id of SOURCE_IDS) {
    const source = dataset.sources.find((s) => s.id === id);
    if (source) asOf[id] = source.asOf;
  }
  return { dataset, rowOf, house, senators, districtsOfState, asOf, townIndex: null };
}

/** The seats (in `state`) of the mapped ZIP codes that share a postal place name. */
export function townSeats(index: LegislatorIndex, state: string, town: string): string[] {
  if (!index.townIndex) {
    const { zips } = index.dataset;
    const townIndex = new Map<string, string[]>();
    for (let i = 0; i < zips.count; i++) {
      const areas = zips.districts[i];
      const place = zips.place[i];
      if (!areas || !place) continue;
      const key = `${placeStateAt(zips, i)}|${place}`;
      const seats = townIndex.get(key) ?? [];
      for (const area of areas.split(' ')) if (!seats.includes(area)) seats.push(area);
      townIndex.set(key, seats);
    }
    index.townIndex = townIndex;
  }
  return (index.townIndex.get(`${state}|${town}`) ?? []).filter((seat) => seat.startsWith(state)).sort(bySeat);
}
