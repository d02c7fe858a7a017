/** The browser fallback's Chromium (finding F9): its command line and its private profile. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, kioskBrowserArgs, kioskPreferences, makeProfile, removeProfile } from '../../scripts/chromium.mjs';
import { tempDir } from './helpers';

describe("the kiosk's Chromium", () => {
  it('runs without the sandbox only as root', () => {
    const asRoot = kioskBrowserArgs({ url: 'http://127.0.0.1:5180', kiosk: true, profile: '/p', uid: 0 });
    const asUser = kioskBrowserArgs({ url: 'http://127.0.0.1:5180', kiosk: true, profile: '/p', uid: 1000 });
    expect(asRoot).toContain('--no-sandbox');
    expect(asUser).not.toContain('--no-sandbox');
    expect(CHROMIUM_ARGS).not.toContain('--no-sandbox');
  });

  it('opens the kiosk URL full screen (or as an app window), incognito, in the given profile, with nothing that opens it up', () => {
    const kiosk = kioskBrowserArgs({ url: 'http://127.0.0.1:5180', kiosk: true, profile: '/tmp/tak-chromium-x', uid: 1000 });
    expect(kiosk.slice(-2)).toEqual(['--kiosk', 'http://127.0.0.1:5180']);
    expect(kiosk).toEqual(expect.arrayContaining(['--incognito', '--user-data-dir=/tmp/tak-chromium-x', '--disable-extensions', '--deny-permission-prompts']));
    const app = kioskBrowserArgs({ url: 'http://127.0.0.1:5180', kiosk: false, profile: '/p', uid: 1000 });
    expect(app).toContain('--app=http://127.0.0.1:5180');
    expect(app).not.toContain('--kiosk');
    for (const args of [kiosk, app]) {
      expect(args.filter((a) => /remote-debugging|allow-file-access|auto-open-devtools|disable-web-security|user-data-dir=$/.test(a))).toEqual([]);
    }
  });

  it('gets a private profile whose preferences turn DevTools off and block local files, removed afterwards', () => {
    const parent = tempDir();
    const profile = makeProfile(kioskPreferences(), parent);
    expect(fs.statSync(profile).mode & 0o777).toBe(0o700);
    const preferences = path.join(profile, 'Default', 'Preferences');
    expect(fs.statSync(preferences).mode & 0o777).toBe(0o600);
    const written = JSON.parse(fs.readFileSync(preferences, 'utf8')) as ReturnType<typeof kioskPreferences>;
    expect(written.devtools.availability).toBe(2);
    expect(written.policy.url_blocklist).toEqual(expect.arrayContaining(['file://*', 'chrome://*', 'devtools://*', 'view-source:*']));
    removeProfile(profile);
    expect(fs.readdirSync(parent)).toEqual([]);
  });
});
