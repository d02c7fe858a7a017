/**
 * Finding F4: every way of starting keeps the kiosk closed until an organizer PIN exists. The real
 * host process, started as outside tools start it (DESIGN.md): it prints the same one line, and
 * `POST /api/organizer.setup` still gives them a token; only the kiosk's screens wait for the PIN.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { isStarted, runHost, type Started } from './host-process';
import { PIN } from './organizer';

const dirs: string[] = [];
const hosts: Started[] = [];
test.afterEach(async () => {
  for (const host of hosts.splice(0)) await host.stop();
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

async function start(flags: string[]): Promise<Started> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tak-gate-'));
  dirs.push(dir);
  const result = await runHost(dir, {}, flags);
  if (!isStarted(result)) throw new Error(`host did not start (${result.code}): ${result.stderr}`);
  hosts.push(result);
  return result;
}

for (const flags of [[], ['--setup-first']]) {
  test(`the host started with ${flags.join(' ') || 'no flag'} keeps the kiosk closed until a PIN exists; outside tools still set it up over HTTP`, async ({ page }) => {
    const host = await start(flags);
    expect(host.output().stdout).toBe(`listening on ${host.url}\n`);
    expect((await host.api('organizer.status')).body.result).toEqual({ pinSet: false, lockedUntil: null, setupFirst: true });
    await page.goto(host.url);
    await expect(page.getByTestId('first-run')).toBeVisible();
    await expect(page.getByTestId('attract')).toHaveCount(0);

    const setup = await host.api<{ token: string }>('organizer.setup', { pin: PIN });
    expect(setup.status).toBe(200);
    const token = setup.body.result?.token ?? '';
    expect((await host.api('signups.count', {}, token)).body).toEqual({ ok: true, result: { total: 0 } });
    expect((await host.api('organizer.status')).body.result).toMatchObject({ pinSet: true, setupFirst: false });
    await page.reload();
    await expect(page.getByTestId('attract')).toBeVisible();
    expect(host.output()).toEqual({ stdout: `listening on ${host.url}\n`, stderr: '' });
  });
}

test('--open-without-pin starts straight on the kiosk, for tests and demos', async ({ page }) => {
  const host = await start(['--open-without-pin']);
  expect((await host.api('organizer.status')).body.result).toEqual({ pinSet: false, lockedUntil: null, setupFirst: false });
  await page.goto(host.url);
  await expect(page.getByTestId('attract')).toBeVisible();
});
