#!/usr/bin/env node
// `node scripts/pack-legislator-sources.mjs [--from <dir>]`: packs the raw legislator files
// (default ../shared/data, as described in its SOURCES.md) into
// tests/fixtures/legislators/upstream.json.br, one Brotli-compressed JSON object of
// { "<relative path>": "<file text>" } (about 1.5 MB), after checking every file against the
// folder's CHECKSUMS.sha256. The tests that need the whole upstream files (the data build is
// reproducible, real-size imports, the console's batching) use this copy when the folder is not
// next to the checkout, as in CI's clean clone. Run it again when the raw files are refreshed.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import zlib from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fromIndex = process.argv.indexOf('--from');
const from = fromIndex >= 0 ? path.resolve(process.argv[fromIndex + 1]) : path.resolve(root, '..', 'shared', 'data');
const output = path.join(root, 'tests', 'fixtures', 'legislators', 'upstream.json.br');

const files = {};
for (const line of fs.readFileSync(path.join(from, 'CHECKSUMS.sha256'), 'utf8').split('\n').filter(Boolean)) {
  const [expected, relative] = line.split(/\s+/);
  const bytes = fs.readFileSync(path.join(from, relative));
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== expected) throw new Error(`${relative}: sha256 ${actual}, CHECKSUMS.sha256 says ${expected}`);
  files[relative] = bytes.toString('utf8');
}
const packed = zlib.brotliCompressSync(Buffer.from(JSON.stringify(files)), {
  params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_LGWIN]: 24 },
});
fs.writeFileSync(output, packed);
console.log(`${Object.keys(files).length} files, checked against CHECKSUMS.sha256, packed into ${path.relative(root, output)} (${(packed.length / 1024 / 1024).toFixed(2)} MB)`);
