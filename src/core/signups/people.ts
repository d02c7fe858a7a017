/**
 * Who reads people: the organizer's list, search, details, counts by organization or language and
 * the exports all ask `People` for the index (people-index.ts). With a data key, that needs the
 * vault unlocked for the caller's session (else `vault_locked`), and the sealed rows are opened
 * into memory once per unlock; without one, the unsealed rows are loaded.
 *
 * The index follows the database: SQLite's total_changes() tells when anything was written since
 * it was built, and only then is it brought up to date (new rows opened, removed rows dropped).
 * A sign-up written through `write()` is added directly, so a kiosk signing people up while the
 * steward reads costs no re-read.
 */
import type Database from 'better-sqlite3';
import type { SignupRecord } from '../../common/contract';
import { loadPlainRecords } from '../export/load';
import { openEach } from '../vault/open-pool';
import { decodePayload, rowAad } from '../vault/rows';
import type { Unlocked, Vault } from '../vault/vault';
import { PeopleIndex } from './people-index';

interface Cache {
  /** "plain", or "sealed:<unlock generation>". */
  mode: string;
  index: PeopleIndex;
  changes: number;
  /** Sealed rows that did not open with the unlocked keys (altered, or foreign data). */
  unopened: Set<string>;
}

interface SealedRowOnDisk {
  id: string;
  created_hour: string;
  key_id: string;
  format: number;
  box: Buffer;
}

/** Beyond this many rows to open, read the table in one pass rather than row by row. */
const SCAN_FROM = 1000;

export class People {
  private cache: Cache | null = null;
  private pending: Promise<PeopleIndex> | null = null;
  private opening: { done: number; total: number } | null = null;
  private readonly changesQuery: Database.Statement<[], number>;

  constructor(
    private readonly db: Database.Database,
    private readonly vault: Vault,
  ) {
    this.changesQuery = db.prepare<[], number>('SELECT total_changes()').pluck();
    vault.onLock(() => this.drop());
  }

  /** Rows this connection has written, ever: if it moved, the index may be out of date. */
  private changes(): number {
    return this.changesQuery.get() ?? 0;
  }

  /** Rows being opened after an unlock, for the console's progress bar. */
  progress(): { done: number; total: number } | undefined {
    return this.opening ?? undefined;
  }

  /** Sealed rows the current unlock could not open. */
  unopened(): number | undefined {
    return this.cache?.mode.startsWith('sealed') ? this.cache.unopened.size : undefined;
  }

  drop(): void {
    this.cache?.index.clear();
    this.cache = null;
    this.opening = null;
  }

  async index(token: string | undefined): Promise<PeopleIndex> {
    const unlocked = this.vault.hasKey() ? this.vault.unlockedFor(token) : null;
    const mode = unlocked ? `sealed:${unlocked.generation}` : 'plain';
    if (this.cache?.mode !== mode) {
      this.drop();
      this.cache = { mode, index: new PeopleIndex(), changes: -1, unopened: new Set() };
    }
    const cache = this.cache;
    if (cache.changes === this.changes()) return cache.index;
    // One catch-up at a time; callers arriving meanwhile wait for it.
    this.pending ??= this.catchUp(cache, unlocked).finally(() => (this.pending = null));
    await this.pending;
    return this.index(token);
  }

  private async catchUp(cache: Cache, unlocked: Unlocked | null): Promise<PeopleIndex> {
    const changes = this.changes();
    if (unlocked) await this.catchUpSealed(cache, unlocked);
    else this.reloadPlain(cache);
    if (this.cache === cache) cache.changes = changes;
    return cache.index;
  }

  private reloadPlain(cache: Cache): void {
    cache.index.clear();
    for (const record of loadPlainRecords(this.db)) cache.index.add(record);
  }

  private async catchUpSealed(cache: Cache, unlocked: Unlocked): Promise<void> {
    const headers = this.db.prepare('SELECT id, key_id FROM sealed_signups').all() as { id: string; key_id: string }[];
    const onDisk = new Set<string>();
    const missing: string[] = [];
    for (const { id, key_id } of headers) {
      if (!unlocked.pairs.has(key_id)) {
        cache.unopened.add(id);
        continue;
      }
      onDisk.add(id);
      if (!cache.index.has(id) && !cache.unopened.has(id)) missing.push(id);
    }
    for (const record of cache.index.oldestFirst()) if (!onDisk.has(record.id)) cache.index.remove(record.id);
    if (missing.length === 0) return;
    const rows = this.readRows(missing);
    this.opening = { done: 0, total: rows.length };
    // Rows of each key go to that key's workers.
    for (const [keyId, pair] of unlocked.pairs) {
      const mine = rows.filter((r) => r.key_id === keyId);
      const opening = this.opening;
      // Each batch is read into the index as soon as it is open (the workers go on meanwhile).
      await openEach(
        pair,
        mine.map((r) => ({ box: r.box, aad: rowAad({ id: r.id, createdHour: r.created_hour, keyId: r.key_id, format: r.format }) })),
        (start, opened) => {
          if (this.cache !== cache) return;
          opened.forEach((plain, i) => {
            const row = mine[start + i];
            if (!row) return;
            const record = plain ? decodePayload(row.id, plain) : null;
            if (record) cache.index.add(record);
            else cache.unopened.add(row.id);
            plain?.fill(0);
          });
          opening.done += opened.length;
        },
      );
      if (this.cache !== cache) return;
    }
    this.opening = null;
  }

  private readRows(ids: string[]): SealedRowOnDisk[] {
    const columns = 'id, created_hour, key_id, format, box';
    if (ids.length >= SCAN_FROM) {
      const wanted = new Set(ids);
      return (this.db.prepare(`SELECT ${columns} FROM sealed_signups`).all() as SealedRowOnDisk[]).filter((r) => wanted.has(r.id));
    }
    const one = this.db.prepare(`SELECT ${columns} FROM sealed_signups WHERE id = ?`);
    return ids.map((id) => one.get(id) as SealedRowOnDisk | undefined).filter((r): r is SealedRowOnDisk => r !== undefined);
  }

  /**
   * Runs a write that may add one person (a sign-up; null when nothing new was written, as for a
   * retried request) and keeps the index in step without re-reading: only if the index was up to
   * date just before, so nothing else written meanwhile is missed.
   */
  write(save: () => SignupRecord | null): SignupRecord | null {
    const before = this.changes();
    const record = save();
    const cache = this.cache;
    if (record && cache && cache.changes === before && !this.pending) {
      cache.index.add(record);
      cache.changes = this.changes();
    }
    return record;
  }
}
