/**
 * Source files → data set. Used by `npm run data:build` (every file, no base) and by the
 * organizer's import (some files, on top of the current data). Pure: text in, data set out; a
 * bad file throws a SourceError naming the file, the record and the reason.
 */
import { EXPECTED_FILE_NAMES, SOURCES, SOURCE_IDS, fileKind, sourceOfKind, type FileKind, type SourceId } from './catalog';
import type { Dataset, StoredSource } from './dataset';
import { SourceError, type SourceIssue } from './sources/issues';
import { parseMembers, parseOffices } from './sources/congress';
import { checkComplete } from './sources/completeness';
import { parseStateLegislators } from './sources/massachusetts';
import { parseDistricts, parsePlaces, parsePoints } from './sources/zip-tables';
import { packDataset, unpackDataset, type SourceTables } from './tables';
import { congressValidUntil, generalCourtValidUntil, validUntilOf } from './validity';

export interface SourceFile {
  name: string;
  content: string;
}

export interface ConvertOptions {
  /** The sources' dates (YYYY-MM-DD): one for all, or one per source. */
  asOf: string | Partial<Record<SourceId, string>>;
  commits?: Partial<Record<SourceId, string>>;
  /** When an organizer imported the files; null for the build. */
  importedAt: string | null;
}

export interface Converted {
  dataset: Dataset;
  files: { name: string; source: SourceId; records: number }[];
  /** Things fixed on the way in, to tell the organizer. */
  warnings: string[];
}

function sortFiles(files: SourceFile[]): Map<FileKind, SourceFile[]> {
  const issues: SourceIssue[] = [];
  const byKind = new Map<FileKind, SourceFile[]>();
  for (const file of files) {
    const kind = fileKind(file.name);
    if (!kind) {
      issues.push({ file: file.name, where: '(name)', reason: `is not a file this app reads; expected ${EXPECTED_FILE_NAMES}` });
      continue;
    }
    const list = byKind.get(kind) ?? [];
    if (kind !== 'maLegislator' && list.length > 0) issues.push({ file: file.name, where: '(name)', reason: 'was given twice' });
    list.push(file);
    byKind.set(kind, list);
  }
  if (issues.length) throw new SourceError(issues);
  return byKind;
}

/** Parses every given file, gathering the problems of all of them before refusing. */
function parseFiles(byKind: Map<FileKind, SourceFile[]>): Pick<Converted, 'files' | 'warnings'> & { tables: Partial<SourceTables>; maLatestStart: string | null } {
  const tables: Partial<SourceTables> = {};
  let maLatestStart: string | null = null;
  const files: Converted['files'] = [];
  const warnings: string[] = [];
  const issues: SourceIssue[] = [];
  const attempt = (kind: FileKind, read: (file: SourceFile) => number) => {
    const file = byKind.get(kind)?.[0];
    if (!file) return;
    try {
      files.push({ name: file.name, source: sourceOfKind(kind), records: read(file) });
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      issues.push(...error.issues);
    }
  };
  attempt('members', (f) => (tables.members = parseMembers(f.name, f.content)).length);
  attempt('offices', (f) => {
    const parsed = parseOffices(f.name, f.content);
    tables.offices = parsed.byMember;
    warnings.push(...parsed.warnings);
    return [...parsed.byMember.values()].reduce((n, list) => n + list.length, 0);
  });
  attempt('districts', (f) => (tables.districts = parseDistricts(f.name, f.content)).size);
  attempt('points', (f) => (tables.points = parsePoints(f.name, f.content)).size);
  const places: SourceTables['places'] = new Map();
  const placeCounts: { US?: number; PR?: number } = {};
  attempt('placesUS', (f) => (placeCounts.US = mergeInto(places, parsePlaces(f.name, f.content, 'US'))));
  attempt('placesPR', (f) => (placeCounts.PR = mergeInto(places, parsePlaces(f.name, f.content, 'PR'))));
  if (places.size) tables.places = places;
  const ma = byKind.get('maLegislator');
  if (ma) {
    try {
      const parsed = parseStateLegislators(ma);
      tables.maLegislators = parsed.people;
      maLatestStart = parsed.latestStart;
      files.push({ name: `${ma.length} Massachusetts legislator files`, source: 'maLegislators', records: ma.length });
    } catch (error) {
      if (!(error instanceof SourceError)) throw error;
      issues.push(...error.issues);
    }
  }
  if (!issues.length) {
    const name = (kind: FileKind) => byKind.get(kind)?.[0]?.name;
    const names = {
      members: name('members'),
      offices: name('offices'),
      districts: name('districts'),
      points: name('points'),
      placesUS: name('placesUS'),
      placesPR: name('placesPR'),
      maLegislators: ma ? 'Massachusetts legislator files' : undefined,
    };
    issues.push(...checkComplete(tables, names, placeCounts));
  }
  if (issues.length) throw new SourceError(issues.slice(0, 20));
  return { tables, files, warnings, maLatestStart };
}

function mergeInto<V>(target: Map<string, V>, source: Map<string, V>): number {
  for (const [key, value] of source) target.set(key, value);
  return source.size;
}

/** US.txt and PR.txt are one source: a file given alone replaces only its own part. */
function mergePlaces(given: SourceTables['places'], base: SourceTables['places'], byKind: Map<FileKind, SourceFile[]>) {
  const keep = (state: string) => (state === 'PR' ? !byKind.has('placesPR') : !byKind.has('placesUS'));
  const merged: SourceTables['places'] = new Map();
  for (const [zip, place] of base) if (keep(place.state)) merged.set(zip, place);
  for (const [zip, place] of given) merged.set(zip, place);
  return merged;
}

function describeSource(id: SourceId, files: string[], options: ConvertOptions): StoredSource {
  const { name, url, license, licenseUrl, attribution } = SOURCES[id];
  const asOf = typeof options.asOf === 'string' ? options.asOf : options.asOf[id];
  if (!asOf) throw new Error(`No as-of date for source ${id}`);
  return { id, name, url, files, license, licenseUrl, attribution, commit: options.commits?.[id] ?? null, asOf, importedAt: options.importedAt };
}

const REQUIRED_FILES: Record<FileKind, string> = {
  members: 'legislators-current.yaml',
  offices: 'legislators-district-offices.yaml',
  districts: 'zccd.csv',
  points: '<year>_Gaz_zcta_national.txt',
  placesUS: 'US.txt',
  placesPR: 'PR.txt',
  maLegislator: 'Massachusetts legislator files (data/ma/legislature/*.yml)',
};

export function convertSources(input: SourceFile[], base: Dataset | null, options: ConvertOptions): Converted {
  const byKind = sortFiles(input);
  if (!base) {
    const missing = (Object.keys(REQUIRED_FILES) as FileKind[]).filter((kind) => !byKind.has(kind));
    if (missing.length) {
      throw new SourceError(missing.map((kind) => ({ file: REQUIRED_FILES[kind], where: '(missing)', reason: 'there is no data yet, so every source file is needed' })));
    }
  }
  const { tables: given, files, warnings, maLatestStart } = parseFiles(byKind);
  const previous = base ? unpackDataset(base) : null;
  const pick = <K extends keyof SourceTables>(key: K): SourceTables[K] => (given[key] ?? previous![key]) as SourceTables[K];
  const tables: SourceTables = {
    members: pick('members'),
    offices: pick('offices'),
    districts: pick('districts'),
    points: pick('points'),
    places: given.places && previous ? mergePlaces(given.places, previous.places, byKind) : pick('places'),
    maLegislators: pick('maLegislators'),
  };
  if (given.offices) {
    const memberIds = new Set(tables.members.map((m) => m.id));
    const others = [...tables.offices.keys()].filter((id) => !memberIds.has(id));
    if (others.length) warnings.push(`${others.length} entries of the district offices file are for people who are not current members; they were left out: ${others.join(', ')}.`);
  }
  const replaced = SOURCE_IDS.filter((id) => files.some((f) => f.source === id));
  const sources = SOURCE_IDS.map((id) => {
    if (replaced.includes(id)) return describeSource(id, files.filter((f) => f.source === id).map((f) => f.name), options);
    const kept = base?.sources.find((s) => s.id === id);
    if (!kept) throw new Error(`The current data has no source ${id}`);
    return kept;
  });
  const sourceAsOf = (id: SourceId) => sources.find((s) => s.id === id)!.asOf;
  // Congress: from the House terms in the data. Massachusetts: from the newest start of a current
  // role in the files given; files kept from the current data keep their date.
  const validUntil = {
    congress: congressValidUntil(tables.members, sourceAsOf('members')),
    maLegislature: given.maLegislators
      ? generalCourtValidUntil(maLatestStart ?? sourceAsOf('maLegislators'))
      : base
        ? validUntilOf(base).maLegislature
        : generalCourtValidUntil(sourceAsOf('maLegislators')),
  };
  return { dataset: packDataset(tables, sources, validUntil), files, warnings };
}
