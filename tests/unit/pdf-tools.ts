/**
 * Looking at real PDF files the way a person's tools do: poppler's pdfinfo, pdffonts, pdftotext
 * and pdftoppm, and jsQR on the rendered pages. Artifacts go to test-results/pdf/ (gitignored).
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PNG } from 'pngjs';
import type { QrPlacement } from '../../src/core/pdf/qr';

const run = promisify(execFile);

export const ARTIFACTS = path.resolve(import.meta.dirname, '..', '..', 'test-results', 'pdf');

export function saveArtifact(name: string, bytes: Buffer): string {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.pdf`);
  fs.writeFileSync(file, bytes);
  return file;
}

export async function pdfInfo(file: string): Promise<Record<string, string>> {
  const { stdout } = await run('pdfinfo', ['-isodates', file]);
  return Object.fromEntries(
    stdout
      .split('\n')
      .map((line) => /^([^:]+):\s*(.*)$/.exec(line))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1] ?? '', m[2] ?? '']),
  );
}

export async function pdfFonts(file: string): Promise<{ name: string; embedded: boolean }[]> {
  const { stdout } = await run('pdffonts', [file]);
  return stdout
    .split('\n')
    .slice(2)
    .filter((line) => line.trim())
    .map((line) => {
      const columns = line.trim().split(/\s+/);
      // name type [type...] encoding emb sub uni object ID: emb is 5th from the end.
      return { name: columns[0] ?? '', embedded: columns[columns.length - 5] === 'yes' };
    });
}

/** How many raster images the file holds (`pdfimages -list`): the QR codes must be vectors. */
export async function pdfImageCount(file: string): Promise<number> {
  const { stdout } = await run('pdfimages', ['-list', file]);
  return stdout.split('\n').slice(2).filter((line) => line.trim()).length;
}

/** The text of the file (or of one page), whitespace collapsed, as a reader copying it gets it. */
export async function pdfText(file: string, page?: number): Promise<string> {
  const range = page ? ['-f', String(page), '-l', String(page)] : [];
  // -raw: in the order drawn, so that cells side by side (the flyer's codes) don't interleave.
  const { stdout } = await run('pdftotext', [...range, '-raw', '-enc', 'UTF-8', file, '-']);
  return stdout.replace(/\s+/g, ' ').trim();
}

/** The text of one page, line by line, in the order drawn. */
export async function pdfLines(file: string, page: number): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-f', String(page), '-l', String(page), '-raw', '-enc', 'UTF-8', file, '-']);
  return stdout.split('\n').map((line) => line.trim()).filter(Boolean);
}

export interface WordBox {
  page: number;
  word: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

/** Every word with its box in points (from the top left), from `pdftotext -bbox`. */
export async function wordBoxes(file: string): Promise<{ pages: { width: number; height: number }[]; words: WordBox[] }> {
  const { stdout } = await run('pdftotext', ['-bbox', '-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 });
  const pages: { width: number; height: number }[] = [];
  const words: WordBox[] = [];
  for (const line of stdout.split('\n')) {
    const pageMatch = /<page width="([\d.]+)" height="([\d.]+)"/.exec(line);
    if (pageMatch) pages.push({ width: Number(pageMatch[1]), height: Number(pageMatch[2]) });
    const wordMatch = /<word xMin="([\d.-]+)" yMin="([\d.-]+)" xMax="([\d.-]+)" yMax="([\d.-]+)">(.*)<\/word>/.exec(line);
    if (wordMatch) {
      words.push({
        page: pages.length,
        xMin: Number(wordMatch[1]),
        yMin: Number(wordMatch[2]),
        xMax: Number(wordMatch[3]),
        yMax: Number(wordMatch[4]),
        word: wordMatch[5] ?? '',
      });
    }
  }
  return { pages, words };
}

/** Renders every page to `<name>-<page>.png` at `dpi`; returns the files in page order. */
export async function renderPages(file: string, dpi = 150): Promise<string[]> {
  const prefix = file.replace(/\.pdf$/, '');
  const dir = path.dirname(prefix);
  const base = path.basename(prefix);
  for (const old of fs.readdirSync(dir).filter((f) => f.startsWith(`${base}-`) && f.endsWith('.png'))) {
    fs.rmSync(path.join(dir, old));
  }
  await run('pdftoppm', ['-r', String(dpi), '-png', file, prefix]);
  // pdftoppm pads page numbers to the page count's width (-1 or -01).
  return fs
    .readdirSync(dir)
    .filter((f) => new RegExp(`^${base}-\\d+\\.png$`).test(f))
    .sort((a, b) => Number(/(\d+)\.png$/.exec(a)?.[1]) - Number(/(\d+)\.png$/.exec(b)?.[1]))
    .map((f) => path.join(dir, f));
}

/** Reads the QR code drawn at `placement` on a page rendered at `dpi`, or null if unreadable. */
export function decodeQr(png: string, placement: QrPlacement, dpi = 150): string | null {
  const image = PNG.sync.read(fs.readFileSync(png));
  const scale = dpi / 72;
  const pad = 4 * scale;
  const left = Math.max(0, Math.floor((placement.x - pad) * scale));
  const top = Math.max(0, Math.floor((placement.y - pad) * scale));
  const width = Math.min(image.width - left, Math.ceil((placement.size + 2 * pad) * scale));
  const height = Math.min(image.height - top, Math.ceil((placement.size + 2 * pad) * scale));
  const crop = new Uint8ClampedArray(width * height * 4);
  for (let row = 0; row < height; row++) {
    const from = ((top + row) * image.width + left) * 4;
    crop.set(image.data.subarray(from, from + width * 4), row * width * 4);
  }
  return jsQR(crop, width, height)?.data ?? null;
}

/** True when the two boxes share more than `tolerance` points in both directions. */
export function overlaps(a: WordBox, b: WordBox, tolerance = 0.5): boolean {
  return (
    a.page === b.page &&
    Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin) > tolerance &&
    Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) > tolerance
  );
}

/**
 * What is drawn around the point (x, y), in points from the top left, on a page rendered at `dpi`:
 * 'empty' for a dark square outline (at most `maxSize` points wide) with nothing inside it,
 * 'marked' for such an outline with something dark inside (a tick, a cross, a fill), 'none' when
 * no outline closes around the point.
 */
export function boxAt(png: string, x: number, y: number, { dpi = 150, maxSize = 16 } = {}): 'empty' | 'marked' | 'none' {
  const image = PNG.sync.read(fs.readFileSync(png));
  const scale = dpi / 72;
  const dark = (px: number, py: number) => {
    const at = (py * image.width + px) * 4;
    const luminance = 0.299 * (image.data[at] ?? 255) + 0.587 * (image.data[at + 1] ?? 255) + 0.114 * (image.data[at + 2] ?? 255);
    return luminance < 128;
  };
  const cx = Math.round(x * scale);
  const cy = Math.round(y * scale);
  const reach = Math.ceil((maxSize / 2) * scale);
  // The outline: the first dark pixel from a little inside the centre, outwards in each direction.
  const edge = (dx: number, dy: number) => {
    for (let step = 3; step <= reach; step++) if (dark(cx + dx * step, cy + dy * step)) return step;
    return null;
  };
  const [left, right, up, down] = [edge(-1, 0), edge(1, 0), edge(0, -1), edge(0, 1)];
  if (left === null || right === null || up === null || down === null) return dark(cx, cy) ? 'marked' : 'none';
  // Inside the outline, one pixel clear of it, nothing may be dark.
  for (let py = cy - up + 2; py <= cy + down - 2; py++) {
    for (let px = cx - left + 2; px <= cx + right - 2; px++) if (dark(px, py)) return 'marked';
  }
  return 'empty';
}
