/**
 * Many kiosks, one list, as real processes on 127.0.0.1 with their own data folders: the steward's
 * host (the hub) and three kiosk hosts, one joined over the network and two with the kit file.
 * Visitors sign up at all three at once while hosts are killed with SIGKILL and started again, in
 * cycles like the crash test; at the end every acknowledged sign-up is on the hub exactly once,
 * and no kiosk's folder (nor any bundle) holds anyone's details in clear.
 * TAK_SYNC_CYCLES sets the cycles (6 by default).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort, RestartableHost } from './host-process';
import { PIN } from './organizer';
import { findPerson } from '../support/byte-scan';

const CYCLES = Number(process.env.TAK_SYNC_CYCLES ?? 6);
const PASSPHRASE = 'orbit velvet canyon mosaic lantern thistle';

function person(n: number) {
  return { language: n % 2 ? 'es' : 'en', firstName: `Zorvana${n}`, email: `zorvana.${n}@example.org`, organizationIds: ['mira-coalition'], consent: { email: true, sms: false } };
}

test('three kiosks, one by the network and two by files, reach the hub exactly once across kill -9 of hub and kiosks', async () => {
  test.setTimeout(Math.max(240_000, CYCLES * 30_000));
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'tak-many-'));
  const nodes: RestartableHost[] = [];
  try {
    const hub = new RestartableHost(path.join(root, 'hub'), PIN);
    await hub.start();
    nodes.push(hub);
    await hub.call('vault.create', { passphrase: PASSPHRASE });
    const kiosks = ['network', 'file-1', 'file-2'].map((name) => new RestartableHost(path.join(root, name), PIN));
    for (const kiosk of kiosks) {
      await kiosk.start();
      nodes.push(kiosk);
    }
    // Made before the hub listens, the kit carries no address: these two kiosks send by file only.
    const kit = await hub.call<{ base64: string }>('event.kit.export');
    for (const kiosk of kiosks.slice(1)) await kiosk.call('event.kit.import', { base64: kit.base64 });

    const syncPort = await freePort();
    const listening = await hub.call<{ urls: string[]; pairingCode: string }>('sync.hub.start', { port: syncPort });
    const hubUrl = `http://127.0.0.1:${syncPort}`;
    expect(listening.urls).toContain(hubUrl);
    await kiosks[0]!.call('sync.join', { hubUrl, pairingCode: listening.pairingCode });

    const acknowledged = new Set<string>();
    let sent = 0;
    for (let cycle = 0; cycle < CYCLES; cycle++) {
      let running = true;
      const visitors = kiosks.map(async (kiosk) => {
        while (running) {
          const n = sent++;
          try {
            const answer = await kiosk.host.api<{ id: string }>('signup.create', person(n));
            if (answer.body.ok && answer.body.result) acknowledged.add(answer.body.result.id);
          } catch {
            return; // killed mid-request: never acknowledged
          }
        }
      });
      await new Promise((resolve) => setTimeout(resolve, 150 + Math.random() * 400));
      // Kill the hub and one kiosk at random moments while sign-ups and pushes are in flight.
      const victims = [hub, kiosks[cycle % kiosks.length]!];
      await Promise.all(victims.map((v) => v.kill()));
      running = false;
      await Promise.all(visitors);
      for (const victim of victims) await victim.start();
    }
    expect(acknowledged.size).toBeGreaterThan(CYCLES * 3);

    // The file kiosks hand their bundles over; the network kiosk's rows arrive by themselves.
    for (const kiosk of kiosks.slice(1)) {
      const bundle = await kiosk.call<{ base64: string }>('sync.bundle.export');
      expect(Buffer.from(bundle.base64, 'base64').includes(Buffer.from('@example.org'))).toBe(false);
      await hub.call('sync.bundle.import', { base64: bundle.base64 });
    }
    await expect
      .poll(async () => (await kiosks[0]!.call<{ waiting: number }>('sync.status')).waiting, { timeout: 60_000, intervals: [500] })
      .toBe(0);

    await hub.call('vault.unlock', { passphrase: PASSPHRASE });
    const all = await hub.call<{ total: number; items: { id: string; email: string }[] }>('signups.list', { limit: 1000 });
    const onHub = new Set(all.items.map((i) => i.id));
    const lost = [...acknowledged].filter((id) => !onHub.has(id));
    expect(lost, 'acknowledged at a kiosk but not on the hub').toEqual([]);
    // Exactly once: no id twice, and no person twice (each email was sent once).
    expect(onHub.size).toBe(all.items.length);
    expect(new Set(all.items.map((i) => i.email)).size).toBe(all.items.length);
    const seen = await hub.call<{ kiosks: { rowsReceived: number }[] }>('sync.hub.status');
    expect(seen.kiosks).toHaveLength(3);

    for (const kiosk of kiosks) {
      for (const n of [0, 1, 2, Math.floor(sent / 2), sent - 1]) {
        const p = person(n);
        expect(findPerson(kiosk.dataDir, { firstName: p.firstName, email: p.email }), `${kiosk.dataDir} holds person ${n}`).toEqual([]);
      }
    }
    console.log(`many kiosks: ${CYCLES} cycles, ${sent} sent, ${acknowledged.size} acknowledged, all on the hub once`);
  } finally {
    for (const node of nodes) await node.host?.stop().catch(() => undefined);
    fs.rmSync(root, { recursive: true, force: true });
  }
});
