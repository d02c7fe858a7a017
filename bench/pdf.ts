/**
 * PDF rows: the flyer and the (~4-page) organization directory made by core with pdfkit, beside
 * (a) the same flyer with the fonts parsed again for each document, and (b) Chromium printing
 * equivalent HTML with page.pdf(), warm (browser already open) and cold (launch, print, close).
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Page } from '@playwright/test';
import { create } from 'fontkit';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import type { DocumentsPdfArgs } from '../src/common/documents';
import { defaultPack } from '../src/core/content/store';
import { defaultEvent } from '../src/core/event/settings';
import type { PdfContext } from '../src/core/pdf/context';
import { makeDocument } from '../src/core/pdf/documents';
import { defaultFlyerOrganizations } from '../src/core/pdf/flyer';
import { pdfFonts } from '../src/core/pdf/fonts';
import { appPaths } from '../src/core/paths';
import { median, timeEach, type BenchRow } from './measure';
import { directoryHtml, flyerHtml, pageChromeTemplates } from './pdf-html';

const FLYER: DocumentsPdfArgs = { kind: 'flyer', language: 'en', paper: 'letter' };
const DIRECTORY: DocumentsPdfArgs = { kind: 'directory', language: 'en', paper: 'letter' };

async function pdfkitTimes(args: DocumentsPdfArgs, ctx: () => PdfContext, runs: number): Promise<{ times: number[]; pages: number }> {
  const first = await makeDocument(args, ctx()); // warm-up: module code, font layout caches
  await timeEach(5, () => makeDocument(args, ctx()));
  const times = await timeEach(runs, () => makeDocument(args, ctx()));
  return { times, pages: first.pages };
}

async function chromiumPages(file: string): Promise<number> {
  return (fs.readFileSync(file, 'latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

export async function pdfRows(dir: string): Promise<BenchRow[]> {
  const { resources } = appPaths();
  const pack = defaultPack();
  const event = { ...defaultEvent(), name: 'Boston Rally for Immigrant Families', date: '2026-11-28', place: 'Boston Common' };
  const createdAt = new Date('2026-11-25T15:00:00Z');
  const loaded = (): PdfContext => ({ pack, event, fonts: pdfFonts(resources), createdAt });
  // What pdfkit does when handed a font file: parse the TTF again for every document.
  const reparsed = (): PdfContext => {
    const parse = (file: string) => create(new Uint8Array(fs.readFileSync(path.join(resources, 'fonts', file))));
    return { pack, event, fonts: { regular: parse('DejaVuSans.ttf'), bold: parse('DejaVuSans-Bold.ttf') }, createdAt };
  };

  const flyer = await pdfkitTimes(FLYER, loaded, 50);
  const flyerReparsed = await pdfkitTimes(FLYER, reparsed, 50);
  const directory = await pdfkitTimes(DIRECTORY, loaded, 30);
  const rows: BenchRow[] = [
    { name: 'flyer PDF, pdfkit, fonts parsed once', medianMs: median(flyer.times), baseline: 'same, fonts parsed per document', baselineMs: median(flyerReparsed.times) },
  ];

  const executablePath = findChromium();
  if (!executablePath) {
    console.log('No Chromium found: skipping the page.pdf() baselines.');
    return rows;
  }
  const flyerFile = path.join(dir, 'flyer.html');
  const directoryFile = path.join(dir, 'directory.html');
  fs.writeFileSync(flyerFile, await flyerHtml(pack, event, defaultFlyerOrganizations(pack, event), resources));
  fs.writeFileSync(directoryFile, await directoryHtml(pack, event, resources));
  const print = async (page: Page, html: string, out: string) => {
    await page.goto(pathToFileURL(html).href);
    const chrome = html === directoryFile ? { displayHeaderFooter: true, ...pageChromeTemplates(event) } : {};
    await page.pdf({ path: out, format: 'Letter', printBackground: true, ...chrome });
  };
  const launch = () => chromium.launch({ executablePath, args: CHROMIUM_ARGS });

  // Warm: the browser and a tab are already open, as in an app that prints with Chromium.
  const browser = await launch();
  const tab = await browser.newPage();
  const warm = async (html: string, runs: number) => {
    const out = path.join(dir, `${path.basename(html, '.html')}-chromium.pdf`);
    await timeEach(3, () => print(tab, html, out));
    return { times: await timeEach(runs, () => print(tab, html, out)), pages: await chromiumPages(out) };
  };
  const flyerWarm = await warm(flyerFile, 20);
  const directoryWarm = await warm(directoryFile, 15);
  await browser.close();

  // Cold: what a one-off print costs when no browser is running.
  const cold = (html: string, runs: number) =>
    timeEach(runs, async () => {
      const fresh = await launch();
      await print(await fresh.newPage(), html, path.join(dir, 'cold.pdf'));
      await fresh.close();
    });
  const flyerCold = await cold(flyerFile, 5);
  const directoryCold = await cold(directoryFile, 5);
  console.log(`Directory pages: pdfkit ${directory.pages}, Chromium ${directoryWarm.pages}; flyer pages: Chromium ${flyerWarm.pages}`);

  const label = `directory PDF (${directory.pages} pages), pdfkit`;
  rows.push(
    { name: 'flyer PDF, pdfkit', medianMs: median(flyer.times), baseline: 'Chromium page.pdf(), browser open', baselineMs: median(flyerWarm.times) },
    { name: 'flyer PDF, pdfkit', medianMs: median(flyer.times), baseline: 'Chromium launch + page.pdf() + close', baselineMs: median(flyerCold) },
    { name: label, medianMs: median(directory.times), baseline: 'Chromium page.pdf(), browser open', baselineMs: median(directoryWarm.times) },
    { name: label, medianMs: median(directory.times), baseline: 'Chromium launch + page.pdf() + close', baselineMs: median(directoryCold) },
  );
  return rows;
}
