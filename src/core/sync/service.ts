/**
 * Many kiosks, one list: the hub (the steward's computer listening for kiosks) and the pusher (a
 * kiosk sending its rows), started with core when they were on before a restart, and the contract
 * methods for kits, bundles and live sync.
 */
import type Database from 'better-sqlite3';
import type { HubStatus, KioskSyncStatus } from '../../common/sync';
import { isoNow } from '../clock';
import type { ContentStore } from '../content/store';
import { AppError } from '../errors';
import { readCurrentEvent } from '../event/settings';
import type { Handlers } from '../handlers';
import { logError } from '../log';
import { sentence } from '../messages';
import { sealWhatRemains, type VaultDeps } from '../vault/handlers';
import { importBundle, makeBundle, outgoing, readBundle } from './bundle';
import { DEFAULT_HUB_PORT, Hub } from './hub';
import { hubPairingCode, kioskIdentity, membership, pairingKey } from './identity';
import { joinWithKit, kitFile, makeKit, readKit } from './kit';
import { fetchKit, Pusher } from './pusher';

type SyncMethods =
  | 'event.kit.export'
  | 'event.kit.import'
  | 'sync.bundle.export'
  | 'sync.bundle.import'
  | 'sync.hub.start'
  | 'sync.hub.stop'
  | 'sync.hub.status'
  | 'sync.join'
  | 'sync.status';

const HUB_PORT_KEY = 'sync_hub_port';

export interface SyncDeps extends VaultDeps {
  content: ContentStore;
}

export class SyncService {
  readonly hub: Hub;
  readonly pusher: Pusher;

  constructor(private readonly deps: SyncDeps) {
    const { db, clock, content } = deps;
    this.hub = new Hub({
      db,
      context: () => this.importContext(),
      kit: () => makeKit(db, content, this.hub.urls(), clock.now()),
    });
    this.pusher = new Pusher(db, clock);
  }

  private get db(): Database.Database {
    return this.deps.db;
  }

  private currentEventId(): string {
    const event = readCurrentEvent(this.db);
    if (!event) throw new Error('No current event');
    return event.id;
  }

  private importContext() {
    const pairingCode = hubPairingCode(this.db);
    return { eventId: this.currentEventId(), pairing: pairingKey(pairingCode) ?? Buffer.alloc(32), now: isoNow(this.deps.clock), pairingCode };
  }

  /** What was on before a restart comes back on: listening for kiosks, pushing to the hub. */
  resume(): void {
    const port = this.db.prepare('SELECT value FROM app_state WHERE key = ?').pluck().get(HUB_PORT_KEY) as string | undefined;
    if (port !== undefined) this.hub.start(Number(port)).catch((error: unknown) => logError('sync hub could not listen again', error));
    if (membership(this.db)?.hubUrls.length) this.pusher.start();
  }

  /** A row was written here: a kiosk sends it soon. */
  written(): void {
    this.pusher.notify();
  }

  close(): void {
    this.pusher.stop();
    this.hub.stop();
  }

  hubStatus(): HubStatus {
    const kiosks = this.db
      .prepare('SELECT kiosk_id, name, first_seen, last_seen, rows_received, rows_waiting FROM sync_kiosks ORDER BY first_seen')
      .all() as { kiosk_id: string; name: string; first_seen: string; last_seen: string; rows_received: number; rows_waiting: number }[];
    const listening = this.hub.port !== null;
    return {
      listening,
      urls: this.hub.urls(),
      port: this.hub.port,
      pairingCode: listening ? hubPairingCode(this.db) : null,
      kiosks: kiosks.map((k) => ({ kioskId: k.kiosk_id, name: k.name, firstSeen: k.first_seen, lastSeen: k.last_seen, rowsReceived: k.rows_received, rowsWaiting: k.rows_waiting })),
    };
  }

  kioskStatus(): KioskSyncStatus {
    const joined = membership(this.db);
    const kioskId = (this.db.prepare("SELECT value FROM app_state WHERE key = 'sync_kiosk_id'").pluck().get() as string | undefined) ?? null;
    const waiting = kioskId ? outgoing(this.db, kioskId, { unsentOnly: true, limit: 0 }).waiting : 0;
    return { eventId: joined?.eventId ?? null, kioskId, hubUrls: joined?.hubUrls ?? [], waiting, ...this.pusher.status() };
  }

  private join(kit: ReturnType<typeof readKit>, extraHubUrls: string[]) {
    const { db, clock, content, vault } = this.deps;
    const joined = joinWithKit(db, content, kit, extraHubUrls, isoNow(clock));
    vault.reloadKeys();
    // Anything written here before (unsealed, or sealed to an older key) now seals to the event's key.
    sealWhatRemains(this.deps);
    this.pusher.start();
    return joined;
  }

  handlers(): Pick<Handlers, SyncMethods> {
    const { db, clock, content } = this.deps;
    return {
      'event.kit.export': () => kitFile(makeKit(db, content, this.hub.urls(), clock.now()), clock.now()),
      'event.kit.import': ({ base64 }) => this.join(readKit(base64), []),
      'sync.join': async ({ hubUrl, pairingCode }) => this.join(await fetchKit(hubUrl, pairingCode), [hubUrl]),
      'sync.bundle.export': () => {
        const joined = membership(db);
        const eventId = joined?.eventId ?? this.currentEventId();
        const pairing = pairingKey(joined?.pairingCode ?? hubPairingCode(db));
        if (!pairing) throw new AppError('conflict', sentence('syncNotJoined'));
        const identity = kioskIdentity(db);
        const bundle = makeBundle(outgoing(db, identity.kioskId), { eventId, identity, pairing, now: isoNow(clock) });
        const stamp = isoNow(clock).slice(0, 16).replace(':', '');
        return {
          filename: `take-action-bundle-${identity.name.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}-${stamp}.json`,
          base64: Buffer.from(JSON.stringify(bundle)).toString('base64'),
          rows: bundle.rows.length,
          tallies: bundle.tallies.length,
        };
      },
      'sync.bundle.import': ({ base64 }) => importBundle(db, readBundle(Buffer.from(base64, 'base64').toString('utf8')), this.importContext()),
      'sync.hub.start': async ({ port }) => {
        await this.hub.start(port ?? DEFAULT_HUB_PORT);
        db.prepare('INSERT INTO app_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(HUB_PORT_KEY, String(this.hub.port));
        return this.hubStatus();
      },
      'sync.hub.stop': () => {
        this.hub.stop();
        db.prepare('DELETE FROM app_state WHERE key = ?').run(HUB_PORT_KEY);
        return this.hubStatus();
      },
      'sync.hub.status': () => this.hubStatus(),
      'sync.status': () => this.kioskStatus(),
    };
  }
}
