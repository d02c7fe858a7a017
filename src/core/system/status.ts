/**
 * The kiosk's own health for the organizer: database and disk sizes, the last failed write for
 * lack of space, and what happened at start-up. Nothing personal: sizes, paths, times and codes.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SystemStatus } from '../../common/system';

type StorageError = NonNullable<SystemStatus['lastStorageError']>;

/** Remembers the latest storage failure; core records every answer with code storage_full. */
export class StorageErrors {
  last: StorageError | null = null;

  record(method: string, error: unknown, at: string): void {
    const code = (error as { code?: unknown } | null)?.code;
    this.last = { at, method, code: typeof code === 'string' ? code : 'unknown' };
  }
}

function sizeOf(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

function disk(dir: string): SystemStatus['disk'] {
  try {
    const stats = fs.statfsSync(dir);
    // bavail: what an unprivileged writer may still use; root's reserved blocks are not counted.
    return { freeBytes: stats.bavail * stats.bsize, totalBytes: stats.blocks * stats.bsize };
  } catch {
    return null;
  }
}

export function systemStatus(input: {
  databaseFile: string;
  storageErrors: StorageErrors;
  startup: SystemStatus['startup'];
}): SystemStatus {
  const { databaseFile, storageErrors, startup } = input;
  const dataDir = path.dirname(databaseFile);
  return {
    dataDir,
    database: { file: databaseFile, bytes: sizeOf(databaseFile), walBytes: sizeOf(`${databaseFile}-wal`) },
    disk: disk(dataDir),
    lastStorageError: storageErrors.last,
    startup,
  };
}
