/**
 * The data set as separate source tables, and back. A fresh import replaces some tables and keeps
 * the others from the current data; `packDataset(unpackDataset(d))` gives `d` again (tested).
 */
import type { StoredSource, StoredMember, StoredOffice, StoredStateLegislator, Dataset, ValidUntil, ZipTable } from './dataset';
import { DATASET_FORMAT, DATASET_VERSION, placeStateAt, zipAt } from './dataset';
import type { Point } from './geo';
import type { CongressMember } from './sources/congress';
import type { DistrictTable, PointTable } from './sources/zip-tables';

export interface SourceTables {
  members: CongressMember[];
  offices: Map<string, StoredOffice[]>;
  districts: DistrictTable;
  points: PointTable;
  /** A place's point is only kept where no Census point exists (it is only used there). */
  places: Map<string, { name: string; state: string; point: Point | null }>;
  maLegislators: StoredStateLegislator[];
}

export function unpackDataset(dataset: Dataset): SourceTables {
  const offices = new Map<string, StoredOffice[]>();
  const members = dataset.members.map(({ offices: own, ...member }) => {
    offices.set(member.id, own);
    return member;
  });
  const { zips } = dataset;
  const districts: DistrictTable = new Map();
  const points: PointTable = new Map();
  const places: SourceTables['places'] = new Map();
  for (let i = 0; i < zips.count; i++) {
    const zip = zipAt(zips, i);
    const areas = zips.districts[i]!;
    if (areas) districts.set(zip, areas.split(' '));
    const point: Point | null = zips.lat[i] != null && zips.lon[i] != null ? [zips.lat[i]!, zips.lon[i]!] : null;
    const from = zips.pointFrom[i];
    if (from === 'c' && point) points.set(zip, point);
    const name = zips.place[i]!;
    if (name) places.set(zip, { name, state: placeStateAt(zips, i), point: from === 'g' ? point : null });
  }
  return { members, offices, districts, points, places, maLegislators: dataset.maLegislators };
}

function packZips(tables: Pick<SourceTables, 'districts' | 'points' | 'places'>): ZipTable {
  const all = new Set<string>([...tables.districts.keys(), ...tables.points.keys(), ...tables.places.keys()]);
  const zips = [...all].sort();
  const table: ZipTable = { count: zips.length, zip: zips.join(''), districts: [], place: [], placeState: '', lat: [], lon: [], pointFrom: '' };
  const states: string[] = [];
  const from: string[] = [];
  for (const zip of zips) {
    const place = tables.places.get(zip);
    const census = tables.points.get(zip);
    const point = census ?? place?.point ?? null;
    table.districts.push(tables.districts.get(zip)?.join(' ') ?? '');
    table.place.push(place?.name ?? '');
    states.push(place?.state || '--');
    table.lat.push(point ? point[0] : null);
    table.lon.push(point ? point[1] : null);
    from.push(census ? 'c' : point ? 'g' : '-');
  }
  table.placeState = states.join('');
  table.pointFrom = from.join('');
  return table;
}

export function packDataset(tables: SourceTables, sources: StoredSource[], validUntil: ValidUntil): Dataset {
  const members: StoredMember[] = tables.members.map((m) => ({ ...m, offices: tables.offices.get(m.id) ?? [] }));
  return {
    format: DATASET_FORMAT,
    version: DATASET_VERSION,
    validUntil,
    sources,
    members,
    maLegislators: tables.maLegislators,
    zips: packZips(tables),
  };
}
