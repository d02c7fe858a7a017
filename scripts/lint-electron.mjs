#!/usr/bin/env node
// `npm run lint:electron`: Electronegativity over src/, failing on any finding that SECURITY.md
// does not list as reviewed and accepted. Offline, it cannot fetch Electron's release list; the
// version is given with -e so that lookup is skipped as far as the tool allows.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;

// Reviewed findings, explained in SECURITY.md ("Electronegativity").
const ACCEPTED = new Set(['CSP_GLOBAL_CHECK renderer/index.html', 'PRELOAD_JS_CHECK main/window.ts']);

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'tak-electronegativity-')), 'report.sarif');
const bin = path.join(root, 'node_modules/.bin/electronegativity');
const run = spawnSync(bin, ['-i', 'src', '-e', electronVersion, '-r', '-p', 'typescript,jsx', '-o', report], {
  cwd: root,
  encoding: 'utf8',
});
if (!fs.existsSync(report)) {
  console.error(run.stdout, run.stderr);
  console.error('Electronegativity did not write a report.');
  process.exit(1);
}
const results = JSON.parse(fs.readFileSync(report, 'utf8')).runs?.[0]?.results ?? [];
const findings = results.map((r) => `${r.ruleId} ${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri ?? '?'}`);
const unexpected = findings.filter((f) => !ACCEPTED.has(f));
console.log(`Electronegativity ${electronVersion}: ${findings.length} finding(s), ${findings.length - unexpected.length} reviewed and accepted (SECURITY.md).`);
if (unexpected.length > 0) {
  console.error(`New findings to fix or to review in SECURITY.md:\n  ${unexpected.join('\n  ')}`);
  process.exit(1);
}
