#!/usr/bin/env node
// `npm start`: the Electron kiosk when Electron's binary is installed; otherwise the browser host,
// opened in Chromium's app (or kiosk) mode when a display and a Chromium are available.
// Options: --kiosk (full screen, locked), --port <n>, --data-dir <dir>, --no-open, and
// --open-without-pin (tests and demos: start on the kiosk before an organizer PIN exists).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { findChromium, kioskBrowserArgs, makeProfile, removeProfile, sandboxArgs } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const kiosk = args.includes('--kiosk');
const openWithoutPin = args.includes('--open-without-pin');

function option(name) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function electronBinary() {
  try {
    // Resolves to the binary's path; throws when the binary was never downloaded.
    const binary = createRequire(import.meta.url)('electron');
    return typeof binary === 'string' && fs.existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}

function build() {
  const result = spawnSync(process.execPath, [path.join(root, 'scripts/build.mjs'), '--if-stale'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function startElectron(binary) {
  if (!fs.existsSync(path.join(root, 'native/electron/better_sqlite3.node'))) {
    const rebuilt = spawnSync('npm', ['run', 'rebuild:electron'], { cwd: root, stdio: 'inherit' });
    if (rebuilt.status !== 0) process.exit(1);
  }
  const child = spawn(binary, [root, ...(kiosk ? ['--kiosk'] : []), ...(openWithoutPin ? ['--open-without-pin'] : [])], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
}

function hasDisplay() {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
}

/** The Chromium this script opened, and its profile, removed when it exits (or when we do). */
let browser = null;

function openChromium(url) {
  const chromium = findChromium();
  if (!chromium || !hasDisplay() || args.includes('--no-open')) return;
  if (sandboxArgs().length > 0) {
    console.log('Running as root: Chromium cannot use its sandbox, so it runs without it (--no-sandbox). Start the kiosk as an ordinary user to keep it.');
  }
  // A private, throwaway, incognito profile with DevTools off and local files blocked: no history
  // or autofill of anyone's sign-up survives, and nothing is left in the temp folder.
  const profile = makeProfile();
  const child = spawn(chromium, kioskBrowserArgs({ url, kiosk, profile }), { stdio: 'ignore' });
  browser = { child, profile };
  const cleanUp = () => {
    removeProfile(profile);
    browser = null;
  };
  child.on('exit', cleanUp);
  child.on('error', cleanUp);
  console.log(`Opened ${path.basename(chromium)} in ${kiosk ? 'kiosk' : 'app'} mode.`);
}

/** Closes the browser we opened, waits for it, and removes its profile before we exit. */
function closeChromium() {
  if (!browser) return Promise.resolve();
  const { child } = browser;
  return new Promise((resolve) => {
    const stubborn = setTimeout(() => child.kill('SIGKILL'), 5000);
    child.once('exit', () => {
      clearTimeout(stubborn);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

function startBrowserHost() {
  console.log(
    [
      '',
      'Electron is not installed on this machine (its download needs internet), so the kiosk runs in',
      'the browser host instead: the same app, served on this computer only (127.0.0.1), in Chromium or',
      'any browser. Sign-ups are saved on this computer exactly as in the desktop app. To get the desktop',
      'app later, run `npm ci` on a machine with internet.',
      '',
    ].join('\n'),
  );
  // As in the Electron app, the kiosk opens to the public only once an organizer PIN exists.
  const hostArgs = ['--port', option('--port') ?? '5180', ...(openWithoutPin ? ['--open-without-pin'] : [])];
  const dataDir = option('--data-dir');
  if (dataDir) hostArgs.push('--data-dir', dataDir);
  const host = spawn(process.execPath, [path.join(root, 'out/server/host.js'), ...hostArgs], {
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  host.stdout.setEncoding('utf8');
  host.stdout.on('data', (text) => {
    process.stdout.write(text);
    const match = /listening on (http:\/\/\S+)/.exec(text);
    if (match) {
      console.log(`Open ${match[1]} in a browser. Press Ctrl+C to stop.`);
      openChromium(match[1]);
    }
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => host.kill(signal));
  host.on('exit', (code) => {
    void closeChromium().then(() => process.exit(code ?? 0));
  });
}

build();
const binary = electronBinary();
if (binary) startElectron(binary);
else startBrowserHost();
