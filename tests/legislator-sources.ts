/**
 * The whole upstream legislator files, for the tests that need them (the data build reproduces
 * data/legislators/dataset.json, real-size imports, the console's batching): the folder
 * TAK_LEGISLATOR_SOURCES names, else ../shared/data next to the checkout, else the packed copy
 * in the repository (tests/fixtures/legislators/upstream.json.br, made by
 * scripts/pack-legislator-sources.mjs), unpacked once into a temp folder. So they run in CI's
 * clean clone too, instead of being skipped.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PACKED = path.join(repository, 'tests', 'fixtures', 'legislators', 'upstream.json.br');

const hasSources = (dir: string) => fs.existsSync(path.join(dir, 'congress', 'zccd.csv'));

/** Writes the packed files into a folder named by the pack's hash; a finished folder is reused. */
function unpacked(): string {
  const packed = fs.readFileSync(PACKED);
  const dir = path.join(os.tmpdir(), `tak-legislator-sources-${createHash('sha256').update(packed).digest('hex').slice(0, 16)}`);
  if (hasSources(dir)) return dir;
  // Written aside, then renamed: test workers running at once never see a half-written folder.
  const work = fs.mkdtempSync(`${dir}-partial-`);
  const files = JSON.parse(zlib.brotliDecompressSync(packed).toString('utf8')) as Record<string, string>;
  for (const [relative, content] of Object.entries(files)) {
    fs.mkdirSync(path.join(work, path.dirname(relative)), { recursive: true });
    fs.writeFileSync(path.join(work, relative), content);
  }
  try {
    fs.renameSync(work, dir);
  } catch {
    fs.rmSync(work, { recursive: true, force: true }); // another worker finished first
  }
  return dir;
}

let found: string | undefined;
/** A folder laid out as ../shared/data (congress/, ma-legislature/, zip/). */
export function legislatorSourcesDir(): string {
  const named = process.env.TAK_LEGISLATOR_SOURCES;
  const beside = path.resolve(repository, '..', 'shared', 'data');
  found ??= named ?? (hasSources(beside) ? beside : unpacked());
  return found;
}
