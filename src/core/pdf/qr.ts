/**
 * QR codes as vector rectangles (sharp at any print size, and a few hundred bytes), from the
 * module matrix of the `qrcode` package.
 */
import QRCode from 'qrcode';

/** The quiet zone scanners need around a code, in modules. */
export const QUIET_ZONE = 4;

export interface QrMatrix {
  size: number;
  dark(row: number, column: number): boolean;
}

// Choosing a code's mask takes a few milliseconds, and the same addresses are printed again and
// again: keep each matrix for the life of the process.
const matrices = new Map<string, QrMatrix>();
const MAX_MATRICES = 500;

export function qrMatrix(text: string): QrMatrix {
  let matrix = matrices.get(text);
  if (!matrix) {
    // Level M survives a smudge or a fold, and keeps a short URL's code small enough to scan easily.
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    matrix = { size: modules.size, dark: (row, column) => Boolean(modules.get(row, column)) };
    if (matrices.size >= MAX_MATRICES) matrices.clear();
    matrices.set(text, matrix);
  }
  return matrix;
}

/**
 * A square size for `text` between `min` and `max` points that gives each module at least
 * `module` points, so a longer address (more, smaller modules) still scans from paper.
 */
export function qrSizeFor(text: string, min: number, max: number, module = 1.5): number {
  const modules = qrMatrix(text).size + 2 * QUIET_ZONE;
  return Math.min(max, Math.max(min, modules * module));
}

/** Horizontal runs of dark modules, row by row: one rectangle per run rather than per module. */
export function darkRuns(matrix: QrMatrix): { row: number; column: number; length: number }[] {
  const runs: { row: number; column: number; length: number }[] = [];
  for (let row = 0; row < matrix.size; row++) {
    let start = -1;
    for (let column = 0; column <= matrix.size; column++) {
      const dark = column < matrix.size && matrix.dark(row, column);
      if (dark && start < 0) start = column;
      if (!dark && start >= 0) {
        runs.push({ row, column: start, length: column - start });
        start = -1;
      }
    }
  }
  return runs;
}

/** Where a code was drawn: tests crop the rendered page there and decode it. */
export interface QrPlacement {
  page: number;
  x: number;
  y: number;
  size: number;
  text: string;
}

/**
 * Draws `text` as a QR code filling a `size` square at (x, y), quiet zone included (left white:
 * the paper is white), and returns where it went.
 */
export function drawQr(doc: PDFKit.PDFDocument, text: string, x: number, y: number, size: number): Omit<QrPlacement, 'page'> {
  const matrix = qrMatrix(text);
  const module = size / (matrix.size + 2 * QUIET_ZONE);
  const origin = QUIET_ZONE * module;
  doc.save();
  for (const run of darkRuns(matrix)) {
    // A hair of overlap so that no white seam shows between neighbouring rows when rasterised.
    doc.rect(x + origin + run.column * module, y + origin + run.row * module, run.length * module + 0.01, module + 0.01);
  }
  doc.fill('#000000').restore();
  return { x, y, size, text };
}
