#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into native/electron/better_sqlite3.node, leaving the
// Node.js build in node_modules alone (tests and the browser host keep using it). The Electron
// main process loads this file through better-sqlite3's `nativeBinding` option.
// Needs Electron's headers from https://electronjs.org/headers: run it on a machine with internet.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const electronVersion = JSON.parse(fs.readFileSync(path.join(root, 'node_modules/electron/package.json'), 'utf8')).version;
const nodeGyp = process.env.npm_config_node_gyp;
if (!nodeGyp) {
  console.error('Run this through npm: npm run rebuild:electron');
  process.exit(1);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tak-electron-sqlite-'));
const source = path.join(work, 'better-sqlite3');
fs.cpSync(path.join(root, 'node_modules/better-sqlite3'), source, {
  recursive: true,
  filter: (file) => !file.includes(`${path.sep}build${path.sep}`),
});
console.log(`Building better-sqlite3 for Electron ${electronVersion}...`);
const result = spawnSync(
  process.execPath,
  [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, '--runtime=electron', '--dist-url=https://electronjs.org/headers'],
  { cwd: source, stdio: 'inherit' },
);
if (result.status !== 0) {
  console.error('The Electron build of better-sqlite3 failed (it needs internet for Electron headers).');
  process.exit(1);
}
const target = path.join(root, 'native/electron/better_sqlite3.node');
fs.mkdirSync(path.dirname(target), { recursive: true });
fs.copyFileSync(path.join(source, 'build/Release/better_sqlite3.node'), target);
fs.rmSync(work, { recursive: true, force: true });
console.log(`Wrote ${path.relative(root, target)}`);
