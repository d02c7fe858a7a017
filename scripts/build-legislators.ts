/**
 * `npm run data:build [-- --from <dir>]`: converts the raw legislator files (default ../shared/data,
 * laid out as described in its SOURCES.md) into data/legislators/dataset.json, the one file the app
 * loads. The conversion itself is src/core/legislators/convert.ts; this only reads and writes files.
 * The snapshot's commits and dates below come from SOURCES.md: update them with the files.
 */
import fs from 'node:fs';
import path from 'node:path';
import { convertSources, type SourceFile } from '../src/core/legislators/convert';
import type { SourceId } from '../src/core/legislators/catalog';
import { SourceError } from '../src/core/legislators/sources/issues';
import { checkConsistency } from '../src/core/legislators/consistency';
import { serializeDataset } from '../src/core/legislators/dataset';

const root = path.resolve(import.meta.dirname, '..');
const OUTPUT = path.join(root, 'data', 'legislators', 'dataset.json');

/** Date each source's copied files last changed, and the snapshot commit (SOURCES.md, "As of"). */
const SNAPSHOT: Record<SourceId, { asOf: string; commit: string }> = {
  members: { asOf: '2026-06-15', commit: 'unitedstates/congress-legislators@dfa9622263dd4c8d08636926e498f1845704d7eb' },
  offices: { asOf: '2026-06-10', commit: 'unitedstates/congress-legislators@dfa9622263dd4c8d08636926e498f1845704d7eb' },
  districts: { asOf: '2024-11-12', commit: 'OpenSourceActivismTech/us-zipcodes-congress@1335b61ff36b6835a25fc63c754070a6148110e7' },
  points: { asOf: '2025-12-30', commit: 'bdurand/us_geo@31592c0909eede782c00e1181011320a2a7ab2e1 (Census 2025 Gazetteer)' },
  places: { asOf: '2024-04-12', commit: 'symerio/postal-codes-data@3a94317a6192e7e576c078538dfe665048d42edf (GeoNames mirror)' },
  maLegislators: { asOf: '2026-06-05', commit: 'openstates/people@934bf09a94a35351baf872c70e778a4367c8266e' },
};

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function readSources(dir: string): SourceFile[] {
  const read = (relative: string): SourceFile => ({ name: relative, content: fs.readFileSync(path.join(dir, relative), 'utf8') });
  const ma = fs
    .readdirSync(path.join(dir, 'ma-legislature'))
    .filter((f) => f.endsWith('.yml'))
    .sort()
    .map((f) => read(path.join('ma-legislature', f)));
  return [
    read('congress/legislators-current.yaml'),
    read('congress/legislators-district-offices.yaml'),
    read('congress/zccd.csv'),
    read('zip/2025_Gaz_zcta_national.txt'),
    read('zip/geonames/US.txt'),
    read('zip/geonames/PR.txt'),
    ...ma,
  ];
}

function main() {
  const from = path.resolve(argument('--from') ?? path.join(root, '..', 'shared', 'data'));
  const started = performance.now();
  const entries = Object.entries(SNAPSHOT) as [SourceId, { asOf: string; commit: string }][];
  const { dataset, files, warnings } = convertSources(readSources(from), null, {
    asOf: Object.fromEntries(entries.map(([id, s]) => [id, s.asOf])),
    commits: Object.fromEntries(entries.map(([id, s]) => [id, s.commit])),
    importedAt: null,
  });
  // The MA file names are many and add nothing: say where they came from instead.
  const ma = dataset.sources.find((s) => s.id === 'maLegislators');
  if (ma) ma.files = [`ma-legislature/*.yml (${dataset.maLegislators.length} files, data/ma/legislature upstream)`];
  const json = serializeDataset(dataset);
  fs.mkdirSync(path.dirname(OUTPUT), { recursive: true });
  fs.writeFileSync(OUTPUT, json);
  for (const f of files) console.log(`${f.name}: ${f.records} records`);
  for (const warning of [...warnings, ...checkConsistency(dataset)]) console.log(`note: ${warning}`);
  console.log(
    `Wrote ${path.relative(root, OUTPUT)}: ${(json.length / 1024).toFixed(0)} KiB, ${dataset.members.length} members, ` +
      `${dataset.zips.count} ZIP codes, ${dataset.maLegislators.length} MA legislators, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
}

try {
  main();
} catch (error) {
  if (error instanceof SourceError) {
    for (const issue of error.issues) console.error(`${issue.file}: ${issue.where}: ${issue.reason}`);
    process.exit(1);
  }
  throw error;
}
