/**
 * A full disk as the visitor and the organizer meet it: the real host on a small tmpfs filled to
 * the last byte, the kiosk in Spanish. The visitor is asked to find a volunteer and their answers
 * stay on screen; system.status tells the organizer why; once space is freed the same tap saves.
 * Needs a tmpfs mount (root with CAP_SYS_ADMIN, as in CI); elsewhere it is skipped with the reason,
 * and tests/unit/disk-full.test.ts covers the same ground with SQLite's max_page_count.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import type { SystemStatus } from '../../src/common/system';
import { isStarted, runHost, type Started } from './host-process';
import { KioskPage } from './kiosk-page';
import { organizerToken } from './organizer';
import { fillDisk, mountTmpfs, unmount } from '../unit/mounts';

test('on a full disk the kiosk asks the visitor to find a volunteer, and saves once there is space', async ({ page }) => {
  test.setTimeout(120_000);
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tak-diskfull-'));
  const disk = path.join(root, 'disk');
  const refused = mountTmpfs(disk, 24 * 1024 * 1024);
  test.skip(refused !== null, `no tmpfs mount here (${refused}); tests/unit/disk-full.test.ts covers this with max_page_count`);
  let host: Started | undefined;
  try {
    const result = await runHost(disk);
    if (!isStarted(result)) throw new Error(`host did not start: ${result.stderr}`);
    host = result;
    const token = await organizerToken(host.api);
    expect((await host.api('signup.create', { language: 'en', firstName: 'Early', email: 'early@example.org', organizationIds: [], consent: { email: true, sms: false } })).body.ok).toBe(true);

    const filler = fillDisk(disk);
    // Space SQLite already holds may take a few more sign-ups: use it up first.
    for (let i = 0; ; i++) {
      const answer = await host.api('signup.create', { language: 'es', firstName: 'Relleno', email: `relleno${i}@example.org`, organizationIds: [], consent: { email: true, sms: false } });
      if (!answer.body.ok) {
        expect(answer.status).toBe(507);
        break;
      }
      expect(i).toBeLessThan(500);
    }

    const kiosk = new KioskPage(page);
    await kiosk.open(host.url);
    await kiosk.start('es');
    await kiosk.chooseWay('signup');
    await kiosk.typeInto('first-name', 'Rocío');
    await kiosk.typeInto('email', 'rocio@example.com');
    await kiosk.closeKeyboard();
    await kiosk.tapCheckbox('consent-email');
    await kiosk.submit();
    await expect(page.getByTestId('save-failed')).toHaveText(
      'No pudimos guardar su inscripción porque el almacenamiento del quiosco está lleno. Por favor, pida ayuda a una persona voluntaria.',
    );
    // Nothing typed is lost: a volunteer can free space and tap again.
    await expect(page.getByTestId('first-name')).toHaveValue('Rocío');

    const status = await host.api<SystemStatus>('system.status', {}, token);
    expect(status.body.result?.lastStorageError).toMatchObject({ method: 'signup.create', code: 'SQLITE_FULL' });
    expect(status.body.result?.disk?.freeBytes).toBeLessThan(64 * 1024);

    fs.rmSync(filler);
    await kiosk.submit();
    await expect(page.getByTestId('thanks')).toContainText('Rocío');
    const list = await host.api<{ items: { firstName: string }[] }>('signups.list', { query: 'Roc' }, token);
    expect(list.body.result?.items.map((i) => i.firstName)).toEqual(['Rocío']);

    await host.stop();
    const { stderr } = host.output();
    expect(stderr).toMatch(/signup\.create could not save: storage full: SqliteError SQLITE_FULL/);
    expect(stderr).not.toMatch(/Rocío|rocio|relleno|early@/i);
  } finally {
    await host?.stop();
    unmount(disk);
    fs.rmSync(root, { recursive: true, force: true });
  }
});
