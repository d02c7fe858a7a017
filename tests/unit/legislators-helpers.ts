/**
 * Helpers for the legislator tests: the committed data set, the raw source files (../shared/data,
 * TAK_LEGISLATOR_SOURCES, or the packed copy in tests/fixtures/legislators), and source
 * files written back from the committed data set in their upstream formats, so that imports can be
 * tested with real data without the raw files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Dataset } from '../../src/core/legislators/dataset';
import { unpackDataset } from '../../src/core/legislators/tables';
import { appPaths } from '../../src/core/paths';
import { readShipped } from '../../src/core/legislators/storage';
import { legislatorSourcesDir } from '../legislator-sources';

export const FIXTURES = path.resolve(import.meta.dirname, '..', 'fixtures', 'legislators');

export function fixture(name: string): { name: string; content: string } {
  return { name, content: fs.readFileSync(path.join(FIXTURES, name), 'utf8') };
}

let committed: Dataset | null = null;
/** data/legislators/dataset.json, parsed once (tests must not change it: clone first). */
export function committedDataset(): Dataset {
  committed ??= readShipped(appPaths().dataFiles);
  if (!committed) throw new Error('data/legislators/dataset.json is missing: run npm run data:build');
  return committed;
}

/** The raw source folder: ../shared/data, or the packed copy in the repository (see legislator-sources.ts). */
export const rawSources = legislatorSourcesDir;

export function rawFile(relative: string): { name: string; content: string } {
  return { name: relative, content: fs.readFileSync(path.join(rawSources(), relative), 'utf8') };
}

/** zccd.csv as upstream writes it (CRLF, sorted by state FIPS, ZCTA, district), from a data set. */
export function zccdCsv(dataset: Dataset, edit: (rows: string[][]) => string[][] = (r) => r): string {
  const fips: Record<string, string> = {};
  const rows: string[][] = [];
  for (const [zip, areas] of unpackDataset(dataset).districts) {
    for (const area of areas) {
      const state = area.slice(0, 2);
      fips[state] ??= String(Object.keys(fips).length + 1).padStart(2, '0');
      rows.push([fips[state]!, state, zip, area.slice(2)]);
    }
  }
  return ['state_fips,state_abbr,zcta,cd', ...edit(rows).map((r) => r.join(','))].join('\r\n') + '\r\n';
}

/** legislators-current.yaml in the upstream shape (the fields the converter reads), from a data set. */
export function membersYaml(dataset: Dataset, edit: (entries: Record<string, unknown>[]) => Record<string, unknown>[] = (e) => e): string {
  const entries = dataset.members.map((m) => {
    const [first, ...rest] = m.name.split(' ');
    return {
      id: { bioguide: m.id },
      name: { first, last: rest.join(' ') || first, official_full: m.name },
      terms: [
        {
          type: m.type,
          start: m.termStart,
          end: m.termEnd,
          state: m.state,
          ...(m.type === 'rep' ? { district: m.district } : { state_rank: m.rank ?? undefined }),
          party: m.party,
          ...(m.phone ? { phone: `${m.phone.slice(2, 5)}-${m.phone.slice(5, 8)}-${m.phone.slice(8, 12)}` } : {}),
          ...(m.url ? { url: m.url } : {}),
          ...(m.dcAddress ? { address: m.dcAddress } : {}),
        },
      ],
    };
  });
  return stringify(edit(entries));
}
