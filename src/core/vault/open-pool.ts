/**
 * Opening many sealed rows after an unlock, off the main thread: one X25519 agreement per row
 * (about 0.05 ms) would hold the kiosk's event loop for seconds at 100k rows, and a second core
 * halves the wait. Worker threads run `openBoxes` from its own source text (sealed-box.ts), so
 * there is one implementation; if workers cannot start, the rows are opened here in small
 * batches that yield between them. Each batch goes to the caller as soon as it is open, so that
 * reading the records (JSON, checks, the search index) overlaps the workers' X25519 work instead
 * of following it.
 */
import crypto from 'node:crypto';
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { BOX_INFO, boxKey, openBoxes, type KeyPair } from './sealed-box';

export interface BoxToOpen {
  box: Uint8Array;
  aad: Uint8Array;
}

const BATCH = 500;

function workerSource(): string {
  return `
const { parentPort, workerData } = require('node:worker_threads');
const nodeCrypto = require('node:crypto');
const openBoxes = (${openBoxes.toString()});
const boxKey = (${boxKey.toString()});
parentPort.on('message', (job) => {
  const opened = openBoxes(nodeCrypto, workerData.pair, job.boxes, job.aads, workerData.info, boxKey);
  parentPort.postMessage({ id: job.id, opened });
});`;
}

/** A batch of rows opened: `opened[i]` is row `start + i`, null where its box does not open. */
export type OnOpened = (start: number, opened: (Uint8Array | null)[]) => void;

const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

async function openHere(pair: KeyPair, rows: BoxToOpen[], onOpened: OnOpened): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) {
    const batch = rows.slice(i, i + BATCH);
    onOpened(i, openBoxes(crypto, pair, batch.map((r) => r.box), batch.map((r) => r.aad), BOX_INFO, boxKey));
    await yieldToEvents();
  }
}

function startWorkers(pair: KeyPair, count: number): Worker[] | null {
  try {
    const workerData = { pair: { publicKey: new Uint8Array(pair.publicKey), privateKey: new Uint8Array(pair.privateKey) }, info: BOX_INFO };
    return Array.from({ length: count }, () => new Worker(workerSource(), { eval: true, workerData }));
  } catch {
    return null;
  }
}

/** Opens every row, handing each batch to `onOpened` as it is done (in any order of batches). */
export async function openEach(pair: KeyPair, rows: BoxToOpen[], onOpened: OnOpened): Promise<void> {
  const threads = Math.min(os.availableParallelism(), 4, Math.ceil(rows.length / BATCH));
  const workers = rows.length >= 2 * BATCH ? startWorkers(pair, threads) : null;
  if (!workers) return openHere(pair, rows, onOpened);
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= rows.length) return resolve();
              const start = next;
              next += BATCH;
              const batch = rows.slice(start, start + BATCH);
              worker.once('message', (answer: { opened: (Uint8Array | null)[] }) => {
                // The next batch first: the worker opens it while this one is read here. A batch
                // the caller cannot take fails the whole opening (and the workers stop).
                send();
                try {
                  onOpened(start, answer.opened);
                } catch (error) {
                  next = rows.length;
                  reject(error);
                }
              });
              worker.postMessage({ id: start, boxes: batch.map((r) => r.box), aads: batch.map((r) => r.aad) });
            };
            worker.once('error', reject);
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Opens every row (null where a box does not open), in order, reporting rows done. */
export async function openAll(pair: KeyPair, rows: BoxToOpen[], onProgress: (done: number) => void = () => {}): Promise<(Uint8Array | null)[]> {
  const out = new Array<Uint8Array | null>(rows.length);
  let done = 0;
  await openEach(pair, rows, (start, opened) => {
    opened.forEach((plain, i) => (out[start + i] = plain));
    done += opened.length;
    onProgress(done);
  });
  return out;
}
