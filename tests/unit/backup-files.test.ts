/** Work files of backups and restores that a crash left behind, removed at start-up: ours only. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { removeStaleWorkFiles } from '../../src/core/backup/files';
import { tempDir } from './helpers';

describe('removeStaleWorkFiles', () => {
  it('removes the work files core names, with SQLite’s files beside them, and nothing else', () => {
    const dir = tempDir();
    const id = '3f1c2a9e-0000-4000-8000-000000000000';
    const ours = [`backup-${id}.sqlite.tmp`, `backup-${id}.sqlite.tmp-journal`, `restore-${id}.sqlite.tmp`, `restore-${id}.sqlite.tmp-wal`, `restore-${id}.sqlite.tmp-shm`];
    const others = [
      'kiosk.sqlite',
      `backup-${id}.sqlite.tmp.keep`,
      `backup-${id}.sqlite.tmpfile`,
      'backup-2026-11-25.sqlite.tmp',
      `my-backup-${id}.sqlite.tmp`,
      'notes.txt',
    ];
    for (const name of [...ours, ...others]) fs.writeFileSync(path.join(dir, name), 'x');
    removeStaleWorkFiles(path.join(dir, 'kiosk.sqlite'));
    expect(fs.readdirSync(dir).sort()).toEqual([...others].sort());
  });
});
