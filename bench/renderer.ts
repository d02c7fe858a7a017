/**
 * The kiosk in Chromium against the real browser host: cold start, tap to next screen, and memory
 * over many journeys. Each figure sits beside a baseline measured in the same browser, same run.
 */
import { chromium, type Browser, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../scripts/chromium.mjs';
import { startHost } from './host-process';
import { median, percentile, type BenchRow } from './measure';

const BLANK = 'data:text/html,<!doctype html><title>blank</title><p>blank page</p>';

/** Milliseconds from navigation start to first contentful paint, and to `readySelector` visible. */
async function pageStart(browser: Browser, url: string, readySelector: string): Promise<{ fcp: number; ready: number }> {
  const context = await browser.newContext({ viewport: { width: 1080, height: 1920 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.locator(readySelector).first().waitFor();
  const ready = await page.evaluate('performance.now()');
  const fcp = await page.evaluate(`new Promise((resolve) => {
    const seen = performance.getEntriesByName('first-contentful-paint')[0];
    if (seen) return resolve(seen.startTime);
    new PerformanceObserver((list) => resolve(list.getEntries()[0].startTime)).observe({ type: 'paint', buffered: true });
  })`);
  await context.close();
  return { fcp: Number(fcp), ready: Number(ready) };
}

/**
 * Taps measured inside the page, so Playwright's own round trips don't count: from the click to
 * the frame after the next screen's heading is in the DOM (two animation frames: painted).
 */
const MEASURE_TAPS = `async ({ count, from, to }) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const waitFor = (selector) => new Promise((resolve) => {
    if (document.querySelector(selector)) return resolve();
    const observer = new MutationObserver(() => {
      if (document.querySelector(selector)) { observer.disconnect(); resolve(); }
    });
    observer.observe(document.body, { childList: true, subtree: true });
  });
  const times = [];
  for (let i = 0; i < count; i++) {
    const forward = i % 2 === 0;
    const start = performance.now();
    document.querySelector(forward ? from : '[data-testid="back"]').click();
    await waitFor(forward ? to : from);
    await frame();
    times.push(performance.now() - start);
  }
  return times;
}`;

const MEASURE_TOGGLES = `async ({ count }) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const box = document.createElement('div');
  document.body.append(box);
  const times = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    box.textContent = String(i);
    await frame();
    times.push(performance.now() - start);
  }
  box.remove();
  return times;
}`;

/** One whole visit, driven inside the page: browse, open an organization, sign up, thank-you, back. */
const JOURNEYS = `async ({ count }) => {
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const until = async (selector) => { for (let i = 0; i < 500 && !document.querySelector(selector); i++) await frame(); };
  const tap = async (selector) => { await until(selector); document.querySelector(selector).click(); await frame(); };
  const type = async (selector, value) => {
    await until(selector);
    const input = document.querySelector(selector);
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
    await frame();
  };
  for (let i = 0; i < count; i++) {
    await tap('[data-testid="start-en"]');
    await tap('[data-testid="way-volunteer"]');
    await tap('[data-testid="org-card"]');
    await tap('[data-testid="keep-me-informed"]');
    await type('[data-testid="first-name"]', 'Bench' + i);
    await type('[data-testid="email"]', 'bench' + i + '@example.org');
    await tap('[data-testid="submit"]');
    await tap('[data-testid="done"]');
    await until('[data-testid="attract"]');
  }
}`;

async function heapAfterGc(page: Page): Promise<number> {
  return Number(await page.evaluate('(async () => { for (let i = 0; i < 3; i++) { window.gc(); await new Promise((r) => setTimeout(r, 50)); } return performance.memory.usedJSHeapSize; })()'));
}

export async function rendererRows(dataDir: string, options = { starts: 10, taps: 200, journeys: 500 }): Promise<BenchRow[]> {
  const host = await startHost(dataDir);
  const browser = await chromium.launch({
    executablePath: findChromium() ?? undefined,
    args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc', '--enable-precise-memory-info'],
  });
  try {
    const kiosk: { fcp: number; ready: number }[] = [];
    const blank: { fcp: number; ready: number }[] = [];
    for (let i = 0; i < options.starts; i++) {
      kiosk.push(await pageStart(browser, host.url, '[data-testid="start"]'));
      blank.push(await pageStart(browser, BLANK, 'p'));
    }

    const context = await browser.newContext({ viewport: { width: 1080, height: 1920 }, hasTouch: true });
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByTestId('start-en').click();
    const taps = (await page.evaluate(`(${MEASURE_TAPS})({ count: ${options.taps}, from: '[data-testid="way-volunteer"]', to: '[data-testid="org-card"]' })`)) as number[];
    const toggles = (await page.evaluate(`(${MEASURE_TOGGLES})({ count: ${options.taps} })`)) as number[];

    await page.goto(host.url);
    await page.evaluate(`(${JOURNEYS})({ count: 1 })`);
    const heapOne = await heapAfterGc(page);
    await page.evaluate(`(${JOURNEYS})({ count: ${options.journeys - 1} })`);
    const heapMany = await heapAfterGc(page);
    await context.close();

    const mb = (bytes: number) => bytes / 1024 / 1024;
    return [
      { name: 'kiosk cold start to first contentful paint', medianMs: median(kiosk.map((k) => k.fcp)), baseline: 'blank page FCP, same browser', baselineMs: median(blank.map((b) => b.fcp)) },
      { name: 'kiosk cold start to interactive (start button)', medianMs: median(kiosk.map((k) => k.ready)), baseline: 'blank page ready', baselineMs: median(blank.map((b) => b.ready)) },
      {
        name: `tap to next screen painted (median of ${options.taps})`,
        medianMs: median(taps),
        baseline: 'one DOM change to paint',
        baselineMs: median(toggles),
        note: `p95 ${percentile(taps, 95).toFixed(1)} ms (baseline p95 ${percentile(toggles, 95).toFixed(1)} ms)`,
      },
      {
        name: `JS heap after ${options.journeys} journeys (MB, not ms)`,
        medianMs: mb(heapMany),
        baseline: 'JS heap after 1 journey (MB)',
        baselineMs: mb(heapOne),
        note: 'ratio ≈ 1 means flat',
      },
    ];
  } finally {
    await browser.close();
    await host.stop();
  }
}
