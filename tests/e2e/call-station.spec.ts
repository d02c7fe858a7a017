/**
 * The call station by touch, in English and Spanish: a ZIP lookup, the scan-to-call code read by
 * jsQR from a screenshot at kiosk size (what a phone camera sees) to the nearest office's number,
 * the outcome tapped, and the tally seen in the console and on the home screen. The tally keeps
 * nothing about the caller: the table's columns, and a byte scan of the whole data folder.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import type { CallStats } from '../../src/common/calls';
import type { LookupResult, SearchStateResult } from '../../src/common/legislators';
import { ConsolePage } from './console-page';
import { expect, test, type Host } from './host';
import { KioskPage } from './kiosk-page';
import { decodeQr, readQr } from './qr';

/** The caller's name, typed into the script; it must never reach the disk. */
const CALLER_NAME = 'Zephyrine';

/** The number core puts first for this member: the nearest district office with a phone. */
async function nearestNumber(host: Host, zip: string, name: string): Promise<string> {
  const lookup = await host.api<LookupResult>('legislators.lookup', { zip });
  const member = [...lookup.body.result!.senators, ...lookup.body.result!.representatives].find((m) => m.name === name);
  const office = member?.offices.find((o) => o.phone);
  if (!office?.phone || office.kind !== 'district') throw new Error(`no district office with a phone for ${name}`);
  // Nearest first: no other district office of theirs is closer.
  const others = member!.offices.filter((o) => o.kind === 'district' && o.distanceKm !== null);
  expect(others.every((o) => o.distanceKm! >= office.distanceKm!)).toBe(true);
  return `tel:${office.phone.e164}`;
}

/** Every byte under the data folder, as one buffer per file. */
function filesUnder(dir: string): { file: string; bytes: Buffer }[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [{ file: full, bytes: fs.readFileSync(full) }];
  });
}

async function openScript(page: Page, host: Host, language: 'en' | 'es', scriptIndex: number): Promise<KioskPage> {
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await kiosk.start(language);
  await kiosk.chooseWay('call');
  await page.getByTestId('script-card').nth(scriptIndex).tap();
  return kiosk;
}

/**
 * ZIPs whose nearest office is not the member's first one in the data: Holyoke is nearer to Neal's
 * Springfield office than to his Pittsfield one (listed first), Cambridge to Warren's Boston office
 * than to her Springfield one (listed first).
 */
const JOURNEYS = [
  { language: 'en', zip: '01040', member: 'Richard E. Neal', tel: 'tel:+14137850325', outcome: 'talked', saved: 'We counted your call', home: '1 call made at this event' },
  { language: 'es', zip: '02138', member: 'Elizabeth Warren', tel: 'tel:+16175653170', outcome: 'voicemail', saved: 'Contamos su llamada', home: '1 llamada hecha en este evento' },
] as const;

for (const journey of JOURNEYS) {
  test(`${journey.language}: ZIP, scan to call the nearest office, outcome, tally in the console and on the home screen`, async ({ page, host }) => {
    test.setTimeout(120_000);
    // The ZIP is nowhere in the data folder before (so finding none after means something).
    expect(filesUnder(host.dataDir).filter(({ bytes }) => bytes.includes(journey.zip))).toEqual([]);
    const kiosk = await openScript(page, host, journey.language, 0);
    // The bills are folded: "What to say" follows the choice of legislator, not the bill details.
    await expect(page.getByTestId('more-about-bills')).toHaveAttribute('aria-expanded', 'false');
    await expect(page.getByTestId('bills')).toBeHidden();
    await kiosk.typeInto('script-name', CALLER_NAME);
    await kiosk.typeInto('legislator-zip', journey.zip);
    // The keypad closes by itself at five digits.
    await expect(kiosk.keyboard()).toBeHidden();
    await page.getByTestId('legislator').filter({ hasText: journey.member }).tap();

    await expect(page.getByTestId('what-to-say')).toBeInViewport();
    const qr = page.getByTestId('call-number').getByTestId('call-qr');
    await expect(qr).toBeInViewport();
    const read = await readQr(qr);
    expect(read?.data).toBe(journey.tel);
    expect(journey.tel).toBe(await nearestNumber(host, journey.zip, journey.member));
    // Big enough for arm's length: at least 8 screen pixels a module (2 mm on a 24-inch 1080p screen).
    expect(read!.pixelsPerModule).toBeGreaterThanOrEqual(8);
    await expect(page.getByTestId('script-en')).toContainText(CALLER_NAME);

    await page.getByTestId(`outcome-${journey.outcome}`).tap();
    await expect(page.getByTestId('call-outcome-saved')).toContainText(journey.saved);
    await expect(page.getByTestId(`outcome-${journey.outcome}`)).toHaveCount(0);

    await page.getByTestId('home').tap();
    await expect(page.getByTestId('home-calls')).toHaveText(journey.home);

    // Nothing about the caller: the tally's columns, and no byte of what they typed on disk.
    const console = new ConsolePage(page);
    await page.getByTestId('home').tap();
    await console.signIn(host);
    if (journey.language === 'es') await console.kiosk.switchLanguage('es');
    await console.tab('calls');
    const row = page.getByTestId('calls-by-legislator').locator('tbody tr').filter({ hasText: journey.member });
    await expect(row).toHaveCount(1);
    await expect(row.locator(`[data-outcome="${journey.outcome}"]`)).toHaveText('1');
    await expect(page.getByTestId('calls-total')).toContainText('1');
    const { name, bytes } = await console.download('calls-export');
    expect(name).toMatch(/^take-action-calls-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = bytes.toString('utf8');
    expect(csv).toContain(`,${journey.member},${journey.outcome}\r\n`);
    expect(csv).toMatch(/,\d{4}-\d{2}-\d{2}T\d{2}:00:00\.000Z,/);

    await console.exit();
    await host.stop();
    for (const { file, bytes } of filesUnder(host.dataDir)) {
      expect(bytes.includes(CALLER_NAME), `${file} holds the caller's name`).toBe(false);
      expect(bytes.includes(Buffer.from(CALLER_NAME, 'utf16le')), `${file} holds the caller's name (UTF-16)`).toBe(false);
    }
    for (const { file, bytes } of filesUnder(host.dataDir)) expect(bytes.includes(journey.zip), `${file} holds the caller's ZIP`).toBe(false);
    const db = new Database(path.join(host.dataDir, 'kiosk.sqlite'), { readonly: true });
    try {
      const columns = (db.prepare("SELECT name FROM pragma_table_info('call_tallies')").all() as { name: string }[]).map((c) => c.name);
      // kiosk_id names the device a tally came from (merging kiosks), never a person.
      expect(columns.sort()).toEqual(['event_id', 'hour', 'id', 'kiosk_id', 'legislator_id', 'legislator_name', 'outcome', 'script_id']);
      expect(db.prepare('SELECT script_id, legislator_name, outcome FROM call_tallies').all()).toEqual([
        { script_id: 'us-congress-refugees', legislator_name: journey.member, outcome: journey.outcome },
      ]);
    } finally {
      db.close();
    }
  });
}

test('Massachusetts legislators: the chosen one’s number as a code to scan, and the tally', async ({ page, host }) => {
  const kiosk = await openScript(page, host, 'en', 1);
  await kiosk.typeInto('state-search', 'Second Suffolk');
  await kiosk.closeKeyboard();
  await page.getByTestId('state-legislator').filter({ hasText: 'Liz Miranda' }).tap();
  const found = await host.api<SearchStateResult>('legislators.searchState', { state: 'MA', query: 'Liz Miranda' });
  const miranda = found.body.result!.senators[0]!;
  expect(await decodeQr(page.getByTestId('call-number').getByTestId('call-qr'))).toBe(`tel:${miranda.phone!.e164}`);
  await page.getByTestId('outcome-no-answer').tap();
  await expect(page.getByTestId('call-outcome-saved')).toBeVisible();
  const stats = await host.api<CallStats>('calls.stats', {}, await host.token());
  expect(stats.body.result?.byLegislator).toEqual([
    { id: miranda.id, name: 'Liz Miranda', body: 'ma-legislature', total: 1, outcomes: { talked: 0, voicemail: 0, 'no-answer': 1 } },
  ]);
});

test('the home-screen count can be turned off in the event settings', async ({ page, host }) => {
  expect((await host.api('calls.log', { scriptId: 'us-congress-refugees', legislatorId: 'W000817', outcome: 'talked' })).status).toBe(200);
  const console = new ConsolePage(page);
  await console.signIn(host);
  await console.tab('event');
  await expect(page.getByTestId('event-show-call-count')).toBeChecked();
  await page.getByTestId('event-show-call-count').tap();
  await page.getByTestId('event-save').tap();
  await expect(page.getByTestId('event-message')).toBeVisible();
  await console.exit();
  await console.kiosk.start('en');
  await expect(page.getByTestId('way-call')).toBeVisible();
  await expect(page.getByTestId('home-calls')).toHaveCount(0);
  expect((await host.api('calls.count')).body.result).toEqual({ total: null });
});

test.describe('legislator data that has expired (--today 2027-01-04: the 119th Congress has ended)', () => {
  test.use({ today: '2027-01-04' });

  for (const language of ['en', 'es'] as const) {
    test(`the call screen says so plainly (${language})`, async ({ page, host }) => {
      const kiosk = new KioskPage(page);
      await kiosk.open(host.url);
      await kiosk.start(language);
      await kiosk.chooseWay('call');
      const words = language === 'en' ? ['may no longer be your legislators', 'ask a volunteer'] : ['ya no sean sus legisladores', 'pregunte a una persona voluntaria'];
      for (const text of words) await expect(page.getByTestId('legislators-expired')).toContainText(text);
      await page.getByTestId('script-card').first().tap();
      await expect(page.getByTestId('legislators-expired')).toBeInViewport();
      await expect(page.getByTestId('legislators-expired')).toContainText(language === 'en' ? 'January 3, 2027' : '3 de enero de 2027');
    });
  }

  test('the console asks for fresh data, and the import is one step from the warning', async ({ page, host }) => {
    const console = new ConsolePage(page);
    await console.signIn(host);
    const warning = page.getByTestId('console-legislators-warning');
    await expect(warning).toContainText('expired');
    await expect(warning.getByTestId('validity-congress')).toHaveAttribute('data-status', 'expired');
    await expect(warning.getByTestId('validity-maLegislature')).toHaveAttribute('data-status', 'expiring');
    await warning.getByTestId('console-legislators-update').tap();
    await expect(page.getByTestId('tab-legislators')).toHaveAttribute('aria-current', 'page');
    const inPanel = page.getByTestId('legislators-validity-warning');
    await expect(inPanel).toBeInViewport();
    await inPanel.getByTestId('legislators-files-fresh').setInputFiles(path.join('tests/fixtures/legislators', 'legislators-current.yaml'));
    await expect(page.getByTestId('legislators-chosen')).toBeVisible();
    await expect(page.getByTestId('legislators-check')).toBeVisible();
  });
});

test.describe('legislator data still valid (--today 2026-12-01)', () => {
  test.use({ today: '2026-12-01' });

  test('no warning on the call screen, nor in the console (more than 30 days before)', async ({ page, host }) => {
    const kiosk = await openScript(page, host, 'en', 0);
    await expect(page.getByTestId('what-to-say')).toBeVisible();
    await expect(page.getByTestId('legislators-expired')).toHaveCount(0);
    await page.getByTestId('home').tap();
    await kiosk.chooseWay('call');
    await expect(page.getByTestId('script-card').first()).toBeVisible();
    await expect(page.getByTestId('legislators-expired')).toHaveCount(0);
    const console = new ConsolePage(page);
    await console.signIn(host);
    await console.tab('legislators');
    await expect(page.getByTestId('legislators-valid-until')).toContainText('January 3, 2027');
    await expect(page.getByTestId('legislators-validity-warning')).toHaveCount(0);
    await expect(page.getByTestId('console-legislators-warning')).toHaveCount(0);
  });
});

test.describe('legislator data in its last 30 days (--today 2026-12-20)', () => {
  test.use({ today: '2026-12-20' });

  test('the console warns; the call screen does not yet', async ({ page, host }) => {
    await openScript(page, host, 'en', 0);
    await expect(page.getByTestId('what-to-say')).toBeVisible();
    await expect(page.getByTestId('legislators-expired')).toHaveCount(0);
    await page.getByTestId('home').tap();
    const console = new ConsolePage(page);
    await console.signIn(host);
    await expect(page.getByTestId('console-legislators-warning')).toContainText('ends soon');
    await expect(page.getByTestId('console-legislators-warning').getByTestId('validity-congress')).toHaveAttribute('data-status', 'expiring');
  });
});
