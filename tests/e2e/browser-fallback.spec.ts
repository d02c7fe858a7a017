/**
 * The browser fallback of `npm start` (finding F9), with the real Chromium: the profile's
 * preferences that scripts/chromium.mjs writes turn DevTools off and block local files; and
 * `npm start`'s script opens Chromium in a private profile that is removed when Chromium exits.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium as playwright, expect, test } from '@playwright/test';
import { findChromium, kioskBrowserArgs, kioskPreferences, makeProfile, removeProfile } from '../../scripts/chromium.mjs';

const executable = findChromium();
const profiles: string[] = [];
const children: ChildProcess[] = [];
test.afterEach(async () => {
  for (const child of children.splice(0)) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    await exited;
  }
  for (const profile of profiles.splice(0)) removeProfile(profile);
});

function profile(preferences: object): string {
  const dir = makeProfile(preferences);
  profiles.push(dir);
  return dir;
}

/** A page that is never there: Chromium shows its error page, which is all these checks need. */
const PAGE = 'http://127.0.0.1:1/';

/**
 * Chromium as `npm start` opens it by default (an app window), headless, asked to open DevTools
 * for every tab; its CDP endpoint. (In --kiosk mode Chromium does not auto-open them at all, so
 * that mode could not show the difference.)
 */
async function launch(profileDir: string): Promise<string> {
  const args = [...kioskBrowserArgs({ url: PAGE, kiosk: false, profile: profileDir }), '--headless', '--remote-debugging-port=0', '--auto-open-devtools-for-tabs'];
  const child = spawn(executable!, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      err += chunk.toString();
      const match = /DevTools listening on ws:\/\/(127\.0\.0\.1:\d+)\//.exec(err);
      if (match?.[1]) resolve(`http://${match[1]}`);
    });
    child.on('exit', (code) => reject(new Error(`chromium exited (${code})`)));
  });
}

async function targets(endpoint: string): Promise<string[]> {
  const list = (await (await fetch(`${endpoint}/json/list`)).json()) as { url: string }[];
  return list.map((t) => t.url);
}

test.skip(!executable, 'no Chromium here');

test('DevTools stay closed with the kiosk profile, though asked to open for every tab', async () => {
  // Without the preference, Chromium opens DevTools for the tab: the check can see it happen.
  const open = await launch(profile({}));
  await expect.poll(async () => (await targets(open)).some((url) => url.startsWith('devtools://')), { timeout: 20_000 }).toBe(true);

  const locked = await launch(profile(kioskPreferences()));
  await expect.poll(async () => (await targets(locked)).includes(PAGE), { timeout: 20_000 }).toBe(true);
  // Given the time the unlocked browser needed and more, no DevTools target appears.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  expect((await targets(locked)).filter((url) => url.startsWith('devtools://'))).toEqual([]);
});

test('local files and page sources are blocked by the kiosk profile', async () => {
  // DevTools off would also shut Playwright out (it drives Chromium through them): this checks the blocklist alone.
  const { devtools: _off, ...blocklistOnly } = kioskPreferences();
  const context = await playwright.launchPersistentContext(profile(blocklistOnly), { executablePath: executable!, args: ['--incognito'] });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    for (const url of ['file:///etc/hostname', `view-source:file://${os.homedir()}`]) {
      await expect(page.goto(url), url).rejects.toThrow(/ERR_BLOCKED_BY_ADMINISTRATOR/);
    }
  } finally {
    await context.close();
  }
});

function electronInstalled(): boolean {
  try {
    const binary = createRequire(import.meta.url)('electron') as unknown;
    return typeof binary === 'string' && fs.existsSync(binary);
  } catch {
    return false;
  }
}

test("npm start's browser host opens Chromium in a private profile and removes it when Chromium exits", async () => {
  test.skip(electronInstalled(), 'npm start would open Electron here');
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tak-start-'));
  // A stand-in for Chromium: records its command line and its profile's mode, then exits.
  const stub = path.join(work, 'chromium');
  const record = path.join(work, 'record.txt');
  fs.writeFileSync(stub, `#!/bin/sh\nfor a in "$@"; do case "$a" in --user-data-dir=*) d="\${a#--user-data-dir=}";; esac; done\necho "$@" > "${record}"\nstat -c %a "$d" >> "${record}"\nls "$d/Default" >> "${record}"\n`, { mode: 0o755 });
  const tmp = path.join(work, 'tmp');
  fs.mkdirSync(tmp);
  const start = spawn(process.execPath, ['scripts/start.mjs', '--port', '0', '--data-dir', path.join(work, 'data'), '--kiosk'], {
    env: { ...process.env, TAK_CHROMIUM: stub, DISPLAY: ':99', TMPDIR: tmp },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(start);
  let out = '';
  start.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  try {
    await expect.poll(() => fs.existsSync(record) && fs.readFileSync(record, 'utf8').split('\n').length > 3, { timeout: 60_000 }).toBe(true);
    const [line, mode, prefs] = fs.readFileSync(record, 'utf8').split('\n');
    expect(line).toMatch(/--incognito .*--user-data-dir=\S*tak-chromium-\S+ --kiosk http:\/\/127\.0\.0\.1:\d+$/);
    expect(mode).toBe('700');
    expect(prefs).toBe('Preferences');
    // Once the stand-in has exited, the profile is gone: nothing is left in the temp folder.
    await expect.poll(() => fs.readdirSync(tmp), { timeout: 10_000 }).toEqual([]);
    const root = process.getuid?.() === 0;
    expect(line?.includes('--no-sandbox')).toBe(root);
    expect(out.includes('Running as root: Chromium cannot use its sandbox')).toBe(root);
  } finally {
    start.kill('SIGTERM');
    await new Promise((resolve) => start.once('exit', resolve));
    fs.rmSync(work, { recursive: true, force: true });
  }
});
