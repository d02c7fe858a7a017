import fs from 'node:fs';
import path from 'node:path';
import { ConsolePage } from './console-page';
import { expect, test } from './host';
import { legislatorSourcesDir } from '../legislator-sources';

const FIXTURES = 'tests/fixtures/legislators';
const RAW = legislatorSourcesDir();

test('legislator data: as-of dates, counts and the GeoNames credit; a cut-short file is refused with its name and reason', async ({ page, host }) => {
  const console = new ConsolePage(page);
  await console.signIn(host);
  await console.tab('legislators');
  const info = page.getByTestId('legislator-info');
  await expect(info).toContainText('The data that came with the app');
  await expect(info).toContainText('June 15, 2026');
  await expect(page.getByTestId('legislator-counts')).toContainText(/U\.S\. senators\s*100/);
  await expect(page.getByTestId('legislator-credits')).toContainText('GeoNames');

  await page.getByTestId('legislators-files').setInputFiles(path.join(FIXTURES, 'legislators-district-offices.yaml'));
  await expect(page.getByTestId('legislators-chosen')).toContainText('1 file chosen');
  await page.getByTestId('legislators-check').tap();
  const problem = page.getByTestId('legislators-problem');
  await expect(problem).toContainText('nothing was changed');
  await expect(problem.getByTestId('issues')).toContainText('legislators-district-offices.yaml: (whole file): it has offices for 7 members');
  await expect(page.getByTestId('legislators-apply')).toHaveCount(0);
});

test('all the upstream files at once: checked, then imported in batches under the host’s 8 MB limit', async ({ page, host }) => {
  test.setTimeout(120_000);
  const files = [
    'congress/legislators-current.yaml',
    'congress/legislators-district-offices.yaml',
    'congress/zccd.csv',
    'zip/2025_Gaz_zcta_national.txt',
    'zip/geonames/US.txt',
    'zip/geonames/PR.txt',
    ...fs.readdirSync(path.join(RAW, 'ma-legislature')).map((f) => `ma-legislature/${f}`),
  ].map((f) => path.join(RAW, f));
  const console = new ConsolePage(page);
  await console.signIn(host);
  await console.tab('legislators');
  await expect(page.getByTestId('legislator-info')).toBeVisible();
  await console.kiosk.typeInto('legislators-asof', '2026-11-25');
  await console.kiosk.closeKeyboard();
  await page.getByTestId('legislators-files').setInputFiles(files);
  await expect(page.getByTestId('legislators-chosen')).toContainText(`${files.length} files chosen`);
  await page.getByTestId('legislators-check').tap();
  const report = page.getByTestId('legislator-report');
  await expect(report).toContainText('zccd.csv: 33,774 records', { timeout: 60_000 });
  await expect(report).toContainText('Nothing: the files match the current data.');
  await page.getByTestId('legislators-apply').tap();
  await expect(page.getByTestId('legislators-applied')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('legislator-info')).toContainText('Imported by an organizer on');
  await expect(page.getByTestId('legislator-info')).toContainText('November 25, 2026');
});
