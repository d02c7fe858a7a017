/** Serves the built renderer: known files only, no directory listing, no path tricks. */
import fs from 'node:fs';
import path from 'node:path';
import type { ServerResponse } from 'node:http';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
};

/** Resolves a URL path to a file inside root, or null. */
export function resolveStatic(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = path.resolve(root, relative);
  if (!file.startsWith(path.resolve(root) + path.sep)) return null;
  const ext = path.extname(file);
  if (!TYPES[ext]) return null;
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** The Content-Type of a file resolveStatic() returned. */
export function contentTypeOf(file: string): string {
  return TYPES[path.extname(file)] ?? 'application/octet-stream';
}

export function sendStatic(res: ServerResponse, file: string): void {
  const ext = path.extname(file);
  res.statusCode = 200;
  res.setHeader('Content-Type', contentTypeOf(file));
  // Built assets carry a content hash in their names; index.html must always be fresh.
  res.setHeader('Cache-Control', ext === '.html' ? 'no-store' : 'public, max-age=31536000, immutable');
  // A file removed between the check and the read must end this answer, not the host.
  fs.createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
