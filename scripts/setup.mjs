#!/usr/bin/env node
// First step of `npm start`, `npm test` and friends, so a fresh clone needs nothing else:
// - installs dependencies (npm ci) when node_modules is missing or older than package-lock.json;
// - tries Electron's binary download separately, and says in one line when it cannot (offline):
//   the app then runs in the browser host;
// - with --for-tests, finds Chromium and poppler-utils, installing them with apt-get when running
//   as root (CI, containers), or prints the exact command to run.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// npm rewrites node_modules/.package-lock.json on every install: our stamp.
const stampFile = path.join(root, 'node_modules', '.package-lock.json');
const forTests = process.argv.includes('--for-tests');

function installIsFresh() {
  if (!fs.existsSync(stampFile)) return false;
  return fs.statSync(stampFile).mtimeMs >= fs.statSync(path.join(root, 'package-lock.json')).mtimeMs;
}

function run(command, args, env = {}) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status === 0;
}

function electronBinaryPresent() {
  try {
    const pathFile = path.join(root, 'node_modules', 'electron', 'path.txt');
    if (!fs.existsSync(pathFile)) return false;
    const binary = path.join(root, 'node_modules', 'electron', 'dist', fs.readFileSync(pathFile, 'utf8').trim());
    return fs.existsSync(binary);
  } catch {
    return false;
  }
}

function tryElectronDownload() {
  // Once per install: an offline machine should not retry at every start.
  const marker = path.join(root, 'node_modules', '.tak-electron-download-tried');
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD === '1' || electronBinaryPresent() || fs.existsSync(marker)) return;
  fs.writeFileSync(marker, new Date().toISOString());
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules', 'electron', 'install.js')], {
    cwd: root,
    encoding: 'utf8',
    timeout: 10 * 60_000,
  });
  if (result.status !== 0 || !electronBinaryPresent()) {
    console.log('Electron could not be downloaded (no internet?): the kiosk will run in the browser host instead.');
  }
}

function sqliteLoads() {
  const probe = spawnSync(process.execPath, ['-e', "new (require('better-sqlite3'))(':memory:').close()"], {
    cwd: root,
    encoding: 'utf8',
  });
  return probe.status === 0;
}

/**
 * A node_modules that is a link (git worktrees sharing one install) belongs to where it points:
 * `npm ci` here would empty that shared folder for every worktree using it (it did, once).
 */
function sharedInstall() {
  try {
    return fs.lstatSync(path.join(root, 'node_modules')).isSymbolicLink() ? fs.realpathSync(path.join(root, 'node_modules')) : null;
  } catch {
    return null;
  }
}

function installDependencies() {
  const fresh = installIsFresh();
  const shared = sharedInstall();
  if (!fresh && shared) {
    console.log(`node_modules links to ${shared}: not reinstalling it from here. If it is out of date, run npm ci in ${path.dirname(shared)}.`);
  } else if (!fresh) {
    console.log('Installing dependencies (npm ci): the first time takes a few minutes...');
    // Electron's binary is fetched separately below, so an offline machine still installs.
    if (!run('npm', ['ci', '--no-audit', '--no-fund'], { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' })) {
      console.error('npm ci failed: see the messages above.');
      process.exit(1);
    }
  }
  if (!sqliteLoads()) {
    // e.g. better-sqlite3 was rebuilt for Electron's ABI in place: rebuild it for Node.
    console.log('Rebuilding better-sqlite3 for this Node.js...');
    if (!run('npm', ['rebuild', 'better-sqlite3'])) process.exit(1);
  }
  if (!forTests) tryElectronDownload();
}

function hasCommand(name) {
  try {
    execFileSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

async function ensureTestTools() {
  const { findChromium } = await import('./chromium.mjs');
  let chromium = findChromium();
  let poppler = hasCommand('pdftotext') && hasCommand('pdftoppm');
  if (chromium && poppler) return;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && hasCommand('apt-get') && !process.env.TAK_CHROMIUM) {
    console.log('Installing chromium and poppler-utils with apt-get...');
    const env = { DEBIAN_FRONTEND: 'noninteractive' };
    if (run('apt-get', ['update', '-qq'], env) && run('apt-get', ['install', '-y', '-qq', 'chromium', 'poppler-utils'], env)) {
      chromium = findChromium();
      poppler = hasCommand('pdftotext') && hasCommand('pdftoppm');
    }
  }
  if (!chromium || !poppler) {
    console.error('The tests need Chromium and poppler-utils (pdftotext, pdftoppm). Install them with:');
    console.error('  sudo apt-get install -y chromium poppler-utils');
    console.error('or point TAK_CHROMIUM at another Chromium or Chrome binary.');
    process.exit(1);
  }
}

installDependencies();
if (forTests) await ensureTestTools();
