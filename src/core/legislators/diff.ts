/**
 * What an import changes, for the organizer to check: members in and out, what changed about the
 * others, offices, ZIP codes whose districts moved, Massachusetts legislators in and out.
 */
import type { ImportReport, LegislatorCounts } from '../../common/legislators';
import { zipAt, type Dataset, type StoredMember, type StoredStateLegislator } from './dataset';
import { houseRole } from './jurisdictions';
import { seatKey, seatLabel } from './seats';

const MEMBER_FIELDS = ['name', 'party', 'seat', 'phone', 'dcAddress', 'url', 'termEnd'] as const;
const MAX_ZIP_EXAMPLES = 10;

function seatOf(m: StoredMember): string {
  return m.type === 'sen' ? `${m.state} senator` : seatLabel(seatKey(m.state, m.district ?? 0));
}

const named = (m: StoredMember) => ({ id: m.id, name: m.name, seat: seatOf(m) });
const namedState = (p: StoredStateLegislator) => ({ id: p.id, name: p.name, seat: p.district });

export function countDataset(dataset: Dataset): LegislatorCounts {
  const reps = dataset.members.filter((m) => m.type === 'rep');
  const delegates = reps.filter((m) => houseRole(m.state) !== 'representative').length;
  return {
    members: dataset.members.length,
    senators: dataset.members.length - reps.length,
    representatives: reps.length - delegates,
    delegates,
    districtOffices: dataset.members.reduce((n, m) => n + m.offices.length, 0),
    zips: dataset.zips.count,
    zctas: dataset.zips.districts.filter(Boolean).length,
    maLegislators: dataset.maLegislators.length,
  };
}

function diffOffices(before: StoredMember | undefined, after: StoredMember | undefined) {
  const old = new Map((before?.offices ?? []).map((o) => [o[0], JSON.stringify(o)]));
  const now = new Map((after?.offices ?? []).map((o) => [o[0], JSON.stringify(o)]));
  let added = 0;
  let changed = 0;
  for (const [id, office] of now) {
    const previous = old.get(id);
    if (previous === undefined) added++;
    else if (previous !== office) changed++;
  }
  const removed = [...old.keys()].filter((id) => !now.has(id)).length;
  return { added, removed, changed };
}

function zipDistricts(dataset: Dataset): Map<string, string> {
  const map = new Map<string, string>();
  const { zips } = dataset;
  for (let i = 0; i < zips.count; i++) map.set(zipAt(zips, i), zips.districts[i]!);
  return map;
}

function diffZips(before: Dataset, after: Dataset): ImportReport['changes']['zips'] {
  const old = zipDistricts(before);
  const now = zipDistricts(after);
  let added = 0;
  let districtsChanged = 0;
  const examples: string[] = [];
  const show = (areas: string) => (areas ? areas.split(' ').map(seatLabel).join(' ') : 'none');
  for (const [zip, is] of now) {
    const was = old.get(zip);
    if (was === undefined) {
      added++;
      continue;
    }
    if (was !== is) {
      districtsChanged++;
      if (examples.length < MAX_ZIP_EXAMPLES) examples.push(`${zip}: ${show(was)} → ${show(is)}`);
    }
  }
  const removed = [...old.keys()].filter((zip) => !now.has(zip)).length;
  return { added, removed, districtsChanged, examples };
}

export function diffDatasets(before: Dataset, after: Dataset): ImportReport['changes'] {
  const old = new Map(before.members.map((m) => [m.id, m]));
  const now = new Map(after.members.map((m) => [m.id, m]));
  const members: ImportReport['changes']['members'] = { added: [], removed: [], changed: [] };
  const offices: ImportReport['changes']['offices'] = { added: 0, removed: 0, changed: 0, byMember: [] };
  for (const id of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(id);
    const b = now.get(id);
    if (!a && b) members.added.push(named(b));
    else if (a && !b) members.removed.push(named(a));
    else if (a && b) {
      const fields = MEMBER_FIELDS.filter((f) => (f === 'seat' ? seatOf(a) !== seatOf(b) : a[f] !== b[f]));
      if (fields.length) members.changed.push({ ...named(b), fields: [...fields] });
    }
    const change = diffOffices(a, b);
    if (change.added || change.removed || change.changed) {
      offices.added += change.added;
      offices.removed += change.removed;
      offices.changed += change.changed;
      offices.byMember.push({ id, name: (b ?? a)!.name, ...change });
    }
  }
  const oldMa = new Map(before.maLegislators.map((p) => [p.id, p]));
  const newMa = new Map(after.maLegislators.map((p) => [p.id, p]));
  return {
    members,
    offices,
    zips: diffZips(before, after),
    maLegislators: {
      added: after.maLegislators.filter((p) => !oldMa.has(p.id)).map(namedState),
      removed: before.maLegislators.filter((p) => !newMa.has(p.id)).map(namedState),
    },
  };
}
