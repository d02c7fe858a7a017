// Finds a Chromium for the browser tests and for `npm start` in browser-host mode, and builds the
// kiosk's command line and profile for the latter.
// Order: $TAK_CHROMIUM, Debian's /usr/bin/chromium, chromium-browser/Chrome on PATH, Playwright's own.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

function onPath(name) {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export function findChromium() {
  const fromEnv = process.env.TAK_CHROMIUM;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (fs.existsSync(candidate)) return candidate;
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    const found = onPath(name);
    if (found) return found;
  }
  try {
    const { chromium } = createRequire(import.meta.url)('playwright-core');
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return own;
  } catch {
    // Playwright is not installed yet, or has no browser of its own: fine.
  }
  return null;
}

/** Flags for a Chromium on a closed network (tests add their own sandbox flag: Playwright's). */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Chromium's sandbox cannot start as root (containers); anyone else keeps it. */
export function sandboxArgs(uid = process.getuid?.()) {
  return uid === 0 ? ['--no-sandbox'] : [];
}

/** What the kiosk's command line can still lock down: no extensions, prompts, swipes or pinch. */
export const KIOSK_LOCKDOWN_ARGS = [
  '--incognito',
  '--disable-extensions',
  '--deny-permission-prompts',
  '--noerrdialogs',
  '--no-default-browser-check',
  '--disable-pinch',
  '--overscroll-history-navigation=0',
  '--disable-features=Translate',
];

/**
 * The profile's Preferences. Chromium has no command-line switch for DevTools or for blocking
 * URLs (checked on Chromium 156: there is no --disable-dev-tools), and its managed policies live in
 * /etc (root only). The same settings, written as the profile's own preferences, are honoured, in
 * incognito too (tests/e2e/browser-fallback.spec.ts): DevTools off (DeveloperToolsAvailability 2)
 * and Chromium's own pages, files and page sources blocked (print preview stays allowed).
 */
export function kioskPreferences() {
  return {
    devtools: { availability: 2 },
    policy: {
      url_blocklist: ['file://*', 'chrome://*', 'chrome-untrusted://*', 'devtools://*', 'view-source:*'],
      url_allowlist: ['chrome://print'],
    },
  };
}

/** A private (0700) profile folder holding those preferences; remove it with removeProfile. */
export function makeProfile(preferences = kioskPreferences(), parent = os.tmpdir()) {
  // mkdtemp makes the folder 0700 whatever the umask.
  const dir = fs.mkdtempSync(path.join(parent, 'tak-chromium-'));
  fs.mkdirSync(path.join(dir, 'Default'), { mode: 0o700 });
  fs.writeFileSync(path.join(dir, 'Default', 'Preferences'), JSON.stringify(preferences), { mode: 0o600 });
  return dir;
}

/** Chromium's helper processes may still be writing for a moment after it exits: retried. */
export function removeProfile(dir) {
  try {
    fs.rmSync(dir, { recursive: true, force: true, maxRetries: 20, retryDelay: 100 });
  } catch {
    console.warn(`Chromium's profile folder ${dir} could not be removed; delete it by hand.`);
  }
}

/** The whole command line for the kiosk's Chromium (pure, so it can be tested). */
export function kioskBrowserArgs({ url, kiosk, profile, uid = process.getuid?.() }) {
  const mode = kiosk ? ['--kiosk', url] : [`--app=${url}`, '--window-size=1080,1920'];
  return [...sandboxArgs(uid), ...CHROMIUM_ARGS, ...KIOSK_LOCKDOWN_ARGS, `--user-data-dir=${profile}`, ...mode];
}
