/**
 * Where legislator data comes from: the file shipped in data/legislators/, or an organizer's import
 * kept in SQLite (one transaction: the import is all there or not at all, and it travels with the
 * database in a backup). The fresher of the two is used: an app update that ships newer data than
 * an old import wins over it.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import path from 'node:path';
import { newId } from '../clock';
import { logError } from '../log';
import { DATASET_VERSION, hasDatasetHeader, newestAsOf, serializeDataset, type Dataset } from './dataset';

export const SHIPPED_FILE = path.join('legislators', 'dataset.json');
/** The active import and the one before it; older ones are deleted. */
const KEEP_IMPORTS = 2;

export function readShipped(dataFiles: string): Dataset | null {
  try {
    const parsed: unknown = JSON.parse(fs.readFileSync(path.join(dataFiles, SHIPPED_FILE), 'utf8'));
    return hasDatasetHeader(parsed) ? parsed : null;
  } catch (error) {
    logError('reading the shipped legislator data', error);
    return null;
  }
}

export interface ImportedDataset {
  dataset: Dataset;
  importedAt: string;
}

export function readImported(db: Database.Database): ImportedDataset | null {
  const row = db
    .prepare('SELECT json, imported_at FROM legislator_datasets WHERE active = 1 AND format_version = ?')
    .get(DATASET_VERSION) as { json: string; imported_at: string } | undefined;
  if (!row) return null;
  try {
    const parsed: unknown = JSON.parse(row.json);
    return hasDatasetHeader(parsed) ? { dataset: parsed, importedAt: row.imported_at } : null;
  } catch (error) {
    logError('reading the imported legislator data', error);
    return null;
  }
}

export function saveImported(db: Database.Database, dataset: Dataset, report: unknown, importedAt: string): void {
  db.transaction(() => {
    db.prepare('UPDATE legislator_datasets SET active = 0 WHERE active = 1').run();
    db.prepare(
      `INSERT INTO legislator_datasets (id, format_version, newest_as_of, json, report_json, imported_at, active)
       VALUES (?, ?, ?, ?, ?, ?, 1)`,
    ).run(newId(), dataset.version, newestAsOf(dataset), serializeDataset(dataset), JSON.stringify(report), importedAt);
    db.prepare(
      `DELETE FROM legislator_datasets WHERE id NOT IN
         (SELECT id FROM legislator_datasets ORDER BY imported_at DESC, active DESC LIMIT ?)`,
    ).run(KEEP_IMPORTS);
  })();
}

export type Origin = 'shipped' | 'imported';

/** The imported data unless the shipped file is strictly fresher. */
export function chooseDataset(shipped: Dataset | null, imported: ImportedDataset | null) {
  if (imported && (!shipped || newestAsOf(imported.dataset) >= newestAsOf(shipped))) {
    return { dataset: imported.dataset, origin: 'imported' as Origin, importedAt: imported.importedAt };
  }
  return shipped ? { dataset: shipped, origin: 'shipped' as Origin, importedAt: null } : null;
}
