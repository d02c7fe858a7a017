/**
 * The legislator feature behind the contract: loads the data on first use (JSON.parse and the
 * index take tens of milliseconds: not worth slowing every start-up, and most kiosk sessions never
 * look a legislator up), answers lookups from memory, and swaps in an organizer's import only once
 * it is converted, indexed and committed, so a refused import changes nothing.
 */
import type Database from 'better-sqlite3';
import type { Language } from '../../common/content';
import type { ImportArgs, ImportReport, InfoResult, LookupResult, SearchStateResult } from '../../common/legislators';
import { isoNow, type Clock } from '../clock';
import { AppError } from '../errors';
import { sentence as refusal } from '../messages';
import type { AppPaths } from '../paths';
import { checkConsistency, vacantSeats } from './consistency';
import { convertSources } from './convert';
import type { Dataset } from './dataset';
import { countDataset, diffDatasets } from './diff';
import { buildIndex, type LegislatorIndex } from './lookup-index';
import { lookupZip } from './lookup';
import { sentence } from './messages';
import { SourceError } from './sources/issues';
import { searchStateLegislators } from './state-search';
import { describeValidity } from './validity';
import { chooseDataset, readImported, readShipped, saveImported, type Origin } from './storage';

interface Active {
  index: LegislatorIndex;
  origin: Origin;
  importedAt: string | null;
  /** Every legislator by id, made the first time a call is logged. */
  byId?: Map<string, KnownLegislator>;
}

/** A legislator of the data, as a call tally names them. */
export interface KnownLegislator {
  id: string;
  name: string;
  body: 'congress' | 'ma-legislature';
}

export interface LegislatorDeps {
  db: Database.Database;
  clock: Clock;
  paths: AppPaths;
}

export class LegislatorService {
  private active: Active | null = null;

  constructor(private readonly deps: LegislatorDeps) {}

  private today(): string {
    return isoNow(this.deps.clock).slice(0, 10);
  }

  private load(language: Language = 'en'): Active {
    if (this.active) return this.active;
    const chosen = chooseDataset(readShipped(this.deps.paths.dataFiles), readImported(this.deps.db));
    if (!chosen) throw new AppError('unavailable', sentence('dataUnavailable', language));
    this.active = { index: buildIndex(chosen.dataset), origin: chosen.origin, importedAt: chosen.importedAt };
    return this.active;
  }

  /** Forgets what was loaded (a restore replaced the imported data): the next call reads it again. */
  reload(): void {
    this.active = null;
  }

  lookup(args: { zip: string; language?: Language | undefined }): LookupResult {
    const language = args.language ?? 'en';
    return lookupZip(this.load(language).index, args.zip, { today: this.today(), language });
  }

  searchState(args: { query?: string | undefined; language?: Language | undefined }): SearchStateResult {
    const language = args.language ?? 'en';
    const { index } = this.load(language);
    return searchStateLegislators(index.dataset.maLegislators, args.query, language, index.asOf);
  }

  /** The member of Congress (Bioguide ID) or Massachusetts legislator (Open States ID) with this id. */
  findLegislator(id: string): KnownLegislator | null {
    const active = this.load();
    if (!active.byId) {
      const { members, maLegislators } = active.index.dataset;
      active.byId = new Map<string, KnownLegislator>([
        ...members.map((m): [string, KnownLegislator] => [m.id, { id: m.id, name: m.name, body: 'congress' }]),
        ...maLegislators.map((p): [string, KnownLegislator] => [p.id, { id: p.id, name: p.name, body: 'ma-legislature' }]),
      ]);
    }
    return active.byId.get(id) ?? null;
  }

  info(): InfoResult {
    const { index, origin, importedAt } = this.load();
    const { dataset } = index;
    return {
      formatVersion: dataset.version,
      origin,
      importedAt,
      asOf: index.asOf,
      sources: dataset.sources,
      attributions: dataset.sources.map((s) => s.attribution ?? `${s.name}: ${s.license}`),
      counts: countDataset(dataset),
      vacantSeats: vacantSeats(dataset),
      validity: describeValidity(dataset, this.today()),
      today: this.today(),
    };
  }

  import(args: ImportArgs): ImportReport {
    let base: Dataset | null = null;
    try {
      base = this.load().index.dataset;
    } catch (error) {
      // No usable data yet: the import must then bring every source.
      if (!(error instanceof AppError)) throw error;
    }
    const importedAt = isoNow(this.deps.clock);
    const converted = convertOrRefuse(() => convertSources(args.files, base, { asOf: args.asOf ?? this.today(), importedAt }));
    const { dataset } = converted;
    const index = buildIndex(dataset);
    const applied = !args.dryRun;
    const report: ImportReport = {
      applied,
      files: converted.files,
      counts: countDataset(dataset),
      changes: diffDatasets(base ?? emptyDataset(dataset), dataset),
      warnings: [...converted.warnings, ...checkConsistency(dataset)],
      asOf: index.asOf,
    };
    if (applied) {
      saveImported(this.deps.db, dataset, report, importedAt);
      this.active = { index, origin: 'imported', importedAt };
    }
    return report;
  }
}

/** What a first import is compared with: nothing. */
function emptyDataset(like: Dataset): Dataset {
  const zips = { count: 0, zip: '', districts: [], place: [], placeState: '', lat: [], lon: [], pointFrom: '' };
  return { ...like, members: [], maLegislators: [], zips };
}

function convertOrRefuse<T>(convert: () => T): T {
  try {
    return convert();
  } catch (error) {
    if (!(error instanceof SourceError)) throw error;
    const [first] = error.issues;
    const others = error.issues.length - 1;
    const more = others === 0 ? '' : others === 1 ? refusal('andOneMoreProblem') : refusal('andMoreProblems', { count: others });
    throw new AppError('invalid_argument', refusal('legislatorsRefused', { file: first!.file, where: first!.where, reason: first!.reason, more }), {
      issues: error.issues.map((i) => ({ path: `${i.file}: ${i.where}`, reason: i.reason })),
    });
  }
}
