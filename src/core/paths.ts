/**
 * Where the app's read-only files are: `data/` (content pack, legislator data) and `resources/`
 * (fonts). This module sits two folders below the app root in the sources (src/core/) and its
 * bundles do too (out/main/, out/server/), so one relative URL works for tests, host and Electron.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export function defaultAppRoot(): string {
  return path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
}

export interface AppPaths {
  /** The folder holding data/ and resources/. */
  appRoot: string;
  dataFiles: string;
  resources: string;
}

export function appPaths(appRoot = defaultAppRoot()): AppPaths {
  return { appRoot, dataFiles: path.join(appRoot, 'data'), resources: path.join(appRoot, 'resources') };
}
