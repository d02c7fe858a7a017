/**
 * Many kiosks, one list (issue 14): a 50k-row bundle taken in by the steward's computer, the time a
 * sign-up takes to reach the hub over the local network, and ten kiosks signing people up once a
 * second each while the hub and kiosks are killed and started again: nothing lost, nothing twice.
 */
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { SignupRecord } from '../src/common/contract';
import { createCore, type Core } from '../src/core/core';
import { DATABASE_FILE } from '../src/core/db/open';
import { encodePayload, hourOf, ROW_FORMAT, rowAad } from '../src/core/vault/rows';
import { Sealer } from '../src/core/vault/sealed-box';
import Database from 'better-sqlite3';
import { freePort, RestartableHost } from '../tests/e2e/host-process';
import { median, percentile, timeEach, type BenchRow } from './measure';

const PASSPHRASE = 'orbit velvet canyon mosaic lantern thistle';
const PIN = '246810';

async function call<T>(core: Core, method: string, args: unknown, token?: string): Promise<T> {
  const answer = await core.call(method, args, { token });
  if (!answer.ok) throw new Error(`${method}: ${answer.error.message}`);
  return answer.result as T;
}

/** N sealed rows written straight into a kiosk's table, sealed as the app seals them. */
function sealRows(file: string, count: number): void {
  const db = new Database(file);
  const key = db.prepare('SELECT key_id, public_key FROM vault_keys WHERE active = 1').get() as { key_id: string; public_key: string };
  const eventId = db.prepare('SELECT id FROM events').pluck().get() as string;
  const sealer = new Sealer(Buffer.from(key.public_key, 'base64url'), 0);
  const insert = db.prepare('INSERT INTO sealed_signups (id, client_id, created_hour, key_id, format, box) VALUES (?, NULL, ?, ?, ?, ?)');
  const at = '2026-11-25T15:00:00.000Z';
  db.transaction(() => {
    for (let i = 0; i < count; i++) {
      const record: SignupRecord = {
        id: randomUUID(),
        eventId,
        createdAt: at,
        language: 'en',
        firstName: `Person${i}`,
        lastName: null,
        email: `p${i}@example.org`,
        phone: null,
        zip: '02130',
        organizations: [{ id: 'mira-coalition', name: 'MIRA' }],
        consents: [{ kind: 'email', organizationId: null, granted: true, text: 'Email me.', language: 'en', recordedAt: at, method: 'kiosk checkbox' }],
      };
      const header = { id: record.id, createdHour: hourOf(at), keyId: key.key_id, format: ROW_FORMAT };
      insert.run(record.id, header.createdHour, header.keyId, header.format, sealer.seal(encodePayload(record), rowAad(header)));
    }
  })();
  db.close();
}

async function bundleImport(dir: string): Promise<BenchRow> {
  const count = 50_000;
  const steward = createCore({ dataDir: path.join(dir, 'steward') });
  const st = (await call<{ token: string }>(steward, 'organizer.setup', { pin: PIN })).token;
  await call(steward, 'vault.create', { passphrase: PASSPHRASE }, st);
  const kit = await call<{ base64: string }>(steward, 'event.kit.export', {}, st);
  const kioskDir = path.join(dir, 'kiosk');
  const kiosk = createCore({ dataDir: kioskDir });
  const kt = (await call<{ token: string }>(kiosk, 'organizer.setup', { pin: PIN })).token;
  await call(kiosk, 'event.kit.import', { base64: kit.base64 }, kt);
  kiosk.close();
  sealRows(path.join(kioskDir, DATABASE_FILE), count);
  const reopened = createCore({ dataDir: kioskDir });
  const kt2 = (await call<{ token: string }>(reopened, 'organizer.login', { pin: PIN })).token;
  const bundle = await call<{ base64: string; rows: number }>(reopened, 'sync.bundle.export', {}, kt2);
  reopened.close();
  const started = performance.now();
  const result = await call<{ added: number }>(steward, 'sync.bundle.import', { base64: bundle.base64 }, st);
  const ms = performance.now() - started;
  if (result.added !== count) throw new Error(`added ${result.added} of ${count}`);
  const text = Buffer.from(bundle.base64, 'base64').toString('utf8');
  const parse = median(await timeEach(3, () => JSON.parse(text) as unknown));
  steward.close();
  return {
    name: `sync.bundle.import of 50k sealed rows (${Math.round(count / (ms / 1000)).toLocaleString('en')} rows/s)`,
    medianMs: ms,
    baseline: 'JSON.parse of the same bundle',
    baselineMs: parse,
  };
}

const visitor = (n: number) => ({ language: 'en', firstName: `Live${n}`, email: `live${n}@example.org`, organizationIds: ['mira-coalition'], consent: { email: true, sms: false } });

async function hubWithKiosks(dir: string, kioskCount: number): Promise<{ hub: RestartableHost; kiosks: RestartableHost[]; syncPort: number }> {
  const hub = new RestartableHost(path.join(dir, 'hub'), PIN);
  await hub.start();
  await hub.call('vault.create', { passphrase: PASSPHRASE });
  const syncPort = await freePort();
  const listening = await hub.call<{ pairingCode: string }>('sync.hub.start', { port: syncPort });
  const kiosks: RestartableHost[] = [];
  for (let i = 0; i < kioskCount; i++) {
    const kiosk = new RestartableHost(path.join(dir, `kiosk-${i}`), PIN);
    await kiosk.start();
    await kiosk.call('sync.join', { hubUrl: `http://127.0.0.1:${syncPort}`, pairingCode: listening.pairingCode });
    kiosks.push(kiosk);
  }
  return { hub, kiosks, syncPort };
}

async function liveLatency(dir: string): Promise<BenchRow> {
  const { hub, kiosks } = await hubWithKiosks(path.join(dir, 'latency'), 1);
  const kiosk = kiosks[0]!;
  const latencies: number[] = [];
  const acks: number[] = [];
  for (let n = 0; n < 40; n++) {
    const before = (await hub.call<{ total: number }>('signups.count')).total;
    const start = performance.now();
    await kiosk.call('signup.create', visitor(n));
    acks.push(performance.now() - start);
    while ((await hub.call<{ total: number }>('signups.count')).total === before) await new Promise((r) => setTimeout(r, 10));
    latencies.push(performance.now() - start);
    await new Promise((r) => setTimeout(r, 100));
  }
  for (const node of [hub, ...kiosks]) await node.host.stop();
  return {
    name: `live sync: a kiosk sign-up on the hub (p95 ${percentile(latencies, 95).toFixed(0)} ms; goal 2,000 ms)`,
    medianMs: median(latencies),
    baseline: 'the sign-up acknowledged at the kiosk',
    baselineMs: median(acks),
  };
}

/** Ten kiosks, a sign-up a second each, hub and kiosks killed at random: lost and duplicated counted. */
async function tenKiosks(dir: string, seconds: number): Promise<BenchRow> {
  const { hub, kiosks } = await hubWithKiosks(path.join(dir, 'ten'), 10);
  const acknowledged = new Set<string>();
  let sent = 0;
  let kills = 0;
  const started = performance.now();
  let running = true;
  const visitors = kiosks.map(async (kiosk) => {
    while (running) {
      try {
        const answer = await kiosk.host.api<{ id: string }>('signup.create', visitor(sent++));
        if (answer.body.result) acknowledged.add(answer.body.result.id);
      } catch {
        // Killed: this one was never acknowledged.
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
  });
  while (performance.now() - started < seconds * 1000) {
    await new Promise((r) => setTimeout(r, 2000 + Math.random() * 3000));
    const victim = Math.random() < 0.3 ? hub : kiosks[Math.floor(Math.random() * kiosks.length)]!;
    await victim.kill();
    kills++;
    await victim.start();
  }
  running = false;
  await Promise.all(visitors);
  const converged = performance.now();
  for (;;) {
    const waiting = await Promise.all(kiosks.map((k) => k.call<{ waiting: number }>('sync.status').then((s) => s.waiting)));
    if (waiting.every((w) => w === 0) || performance.now() - converged > 120_000) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const settleMs = performance.now() - converged;
  await hub.call('vault.unlock', { passphrase: PASSPHRASE });
  const all = await hub.call<{ items: { id: string; email: string }[] }>('signups.list', { limit: 1000 });
  const onHub = new Set(all.items.map((i) => i.id));
  const lost = [...acknowledged].filter((id) => !onHub.has(id)).length;
  const duplicated = all.items.length - new Set(all.items.map((i) => i.email)).size;
  for (const node of [hub, ...kiosks]) await node.host.stop();
  return {
    name: `ten kiosks × 1 sign-up/s for ${seconds} s, ${kills} kills: ${acknowledged.size} acknowledged, ${lost} lost, ${duplicated} duplicated (time for the last to reach the hub)`,
    medianMs: settleMs,
    baseline: 'one push interval when idle (5 s)',
    baselineMs: 5000,
  };
}

export async function syncRows(dir: string): Promise<BenchRow[]> {
  fs.mkdirSync(dir, { recursive: true });
  return [await bundleImport(path.join(dir, 'bundle')), await liveLatency(dir), await tenKiosks(dir, Number(process.env.TAK_BENCH_KIOSK_SECONDS ?? 30))];
}
