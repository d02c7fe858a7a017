/** Decodes a QR code from a screenshot of an element (what a phone camera would see). */
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { Locator } from '@playwright/test';

export async function decodeQr(element: Locator): Promise<string | null> {
  return (await readQr(element))?.data ?? null;
}

/** The code's text, and how many screen pixels each module takes (quiet zone of 4 included). */
export async function readQr(element: Locator): Promise<{ data: string; version: number; pixelsPerModule: number } | null> {
  const png = PNG.sync.read(await element.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  if (!code) return null;
  const modules = 17 + 4 * code.version + 8;
  return { data: code.data, version: code.version, pixelsPerModule: png.width / modules };
}
