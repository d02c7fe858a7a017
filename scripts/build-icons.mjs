#!/usr/bin/env node
// `npm run icons`: draws resources/icons/icon.svg at every size the app needs, with the same
// Chromium the tests use, and writes what each platform reads:
//   icon.png  512 px: the Electron window (Linux, Windows) and Linux packages
//   icon.ico  16-256 px: Windows (window, taskbar, installer) and the kiosk page's favicon
//   icon.icns 16-1024 px: macOS app bundles
// The outputs are committed: run this only after changing the SVG.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'resources', 'icons');
const svg = fs.readFileSync(path.join(dir, 'icon.svg'), 'utf8');

async function render(sizes) {
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const pngs = new Map();
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      const sized = svg.replace(/width="256" height="256"/, `width="${size}" height="${size}"`);
      await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
      pngs.set(size, await page.locator('svg').screenshot({ omitBackground: true }));
    }
    return pngs;
  } finally {
    await browser.close();
  }
}

/** ICO with PNG entries (Windows Vista and later; every browser). */
function ico(entries) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(entries.length, 4);
  const directory = [];
  let offset = 6 + 16 * entries.length;
  for (const [size, png] of entries) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0);
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    directory.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...directory, ...entries.map(([, png]) => png)]);
}

/** ICNS with PNG entries (macOS 10.7 and later). */
function icns(entries) {
  const chunks = entries.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + chunks.reduce((n, c) => n + c.length, 0), 4);
  return Buffer.concat([head, ...chunks]);
}

const png = await render([16, 32, 48, 64, 128, 256, 512, 1024]);
fs.writeFileSync(path.join(dir, 'icon.png'), png.get(512));
fs.writeFileSync(path.join(dir, 'icon.ico'), ico([16, 32, 48, 256].map((s) => [s, png.get(s)])));
fs.writeFileSync(
  path.join(dir, 'icon.icns'),
  icns([
    ['icp4', png.get(16)],
    ['icp5', png.get(32)],
    ['icp6', png.get(64)],
    ['ic07', png.get(128)],
    ['ic08', png.get(256)],
    ['ic09', png.get(512)],
    ['ic10', png.get(1024)],
  ]),
);
for (const name of ['icon.png', 'icon.ico', 'icon.icns']) console.log(`${name}: ${fs.statSync(path.join(dir, name)).size} bytes`);
