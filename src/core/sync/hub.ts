/**
 * "Receive from kiosks": the steward's computer listens on the local network for the sync endpoint
 * only, never the rest of the API. Two routes:
 *
 *   POST /sync/v1/push  a bundle (bundle.ts): taken in by the same union as a bundle file
 *   POST /sync/v1/kit   { nonce, proof }: the event kit, for a kiosk joining over the network,
 *                       encrypted with a key from the pairing code (the network is plain http)
 *
 * A caller without the pairing code can neither read (the kit is encrypted to the code, pushes
 * answer only counts) nor add (a push must carry an enrollment made with the code, and be signed).
 * Requests from a web page (any Origin header) are refused.
 */
import type Database from 'better-sqlite3';
import http from 'node:http';
import crypto from 'node:crypto';
import os from 'node:os';
import type { AddressInfo } from 'node:net';
import type { EventKit } from '../../common/sync';
import { AppError } from '../errors';
import { say } from '../messages';
import { importBundle, readBundle, type ImportContext } from './bundle';
import { mac, macMatches, pairingKey } from './identity';

export const SYNC_PATHS = { push: '/sync/v1/push', kit: '/sync/v1/kit' } as const;
export const DEFAULT_HUB_PORT = 5181;
const MAX_BODY = 64 * 1024 * 1024;

export interface HubDeps {
  db: Database.Database;
  /** The event, the pairing key and the time, read at each request (the steward may change them). */
  context(): ImportContext & { pairingCode: string };
  kit(): EventKit;
  /** After rows came in (the steward's open list then catches up). */
  onReceived?: () => void;
}

/** Encrypts the kit for a kiosk that proved the pairing code (see kitRequest in join.ts). */
export function sealKit(kit: EventKit, pairingCode: string): { iv: string; ciphertext: string; tag: string } {
  const key = kitKey(pairingCode);
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const ciphertext = Buffer.concat([cipher.update(JSON.stringify(kit)), cipher.final()]);
  return { iv: iv.toString('base64url'), ciphertext: ciphertext.toString('base64url'), tag: cipher.getAuthTag().toString('base64url') };
}

export function kitKey(pairingCode: string): Buffer {
  const pairing = pairingKey(pairingCode);
  if (!pairing) throw new AppError('invalid_argument', 'bad pairing code');
  return Buffer.from(crypto.hkdfSync('sha256', pairing, 'take-action-kiosk', 'kit v1', 32));
}

export function kitProof(pairingCode: string, nonce: string): string | null {
  const pairing = pairingKey(pairingCode);
  return pairing ? mac(pairing, `kit|${nonce}`) : null;
}

function readBody(request: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY) {
        reject(new AppError('payload_too_large', 'too large'));
        request.destroy();
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function answer(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' });
  response.end(JSON.stringify(body));
}

export class Hub {
  private server: http.Server | null = null;

  constructor(private readonly deps: HubDeps) {}

  get port(): number | null {
    const address = this.server?.address();
    return address && typeof address === 'object' ? (address as AddressInfo).port : null;
  }

  /** Where kiosks can reach it: this computer's network addresses, then itself. */
  urls(): string[] {
    const port = this.port;
    if (port === null) return [];
    const lan = Object.values(os.networkInterfaces())
      .flat()
      .filter((a): a is os.NetworkInterfaceInfo => a !== undefined && a.family === 'IPv4' && !a.internal)
      .map((a) => `http://${a.address}:${port}`);
    return [...lan, `http://127.0.0.1:${port}`];
  }

  async start(port: number, host = '0.0.0.0'): Promise<void> {
    if (this.server) return;
    const server = http.createServer((request, response) => void this.handle(request, response));
    server.requestTimeout = 60_000;
    await new Promise<void>((resolve, reject) => {
      // In use, or not ours to take (a port below 1024): the organizer chooses another.
      server.once('error', () => reject(new AppError('conflict', { key: 'hubPortBusy', params: { port } })));
      server.listen(port, host, () => resolve());
    });
    this.server = server;
  }

  stop(): void {
    this.server?.close();
    this.server?.closeAllConnections();
    this.server = null;
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    try {
      if (request.headers.origin !== undefined) return answer(response, 403, { ok: false, error: { code: 'forbidden', message: 'Not for web pages.' } });
      if (request.method !== 'POST' || (request.url !== SYNC_PATHS.push && request.url !== SYNC_PATHS.kit)) {
        return answer(response, 404, { ok: false, error: { code: 'unknown_method', message: 'Only kiosk sync is served here.' } });
      }
      const body = await readBody(request);
      const context = this.deps.context();
      if (request.url === SYNC_PATHS.kit) return this.sendKit(JSON.parse(body) as unknown, context.pairingCode, response);
      const result = importBundle(this.deps.db, readBundle(body), context);
      this.deps.onReceived?.();
      answer(response, 200, { ok: true, result });
    } catch (error) {
      if (error instanceof AppError) {
        const status = error.code === 'payload_too_large' ? 413 : error.code === 'storage_full' ? 507 : 400;
        return answer(response, status, { ok: false, error: error.toApiError() });
      }
      if (error instanceof SyntaxError) return answer(response, 400, { ok: false, error: { code: 'invalid_argument', message: say('bundleUnreadable') } });
      answer(response, 500, { ok: false, error: { code: 'internal', message: say('internal') } });
    }
  }

  private sendKit(body: unknown, pairingCode: string, response: http.ServerResponse): void {
    const { nonce, proof } = (body ?? {}) as { nonce?: unknown; proof?: unknown };
    const expected = typeof nonce === 'string' && nonce.length >= 16 && nonce.length <= 100 ? kitProof(pairingCode, nonce) : null;
    if (!expected || typeof proof !== 'string' || !macMatches(expected, proof)) {
      return answer(response, 403, { ok: false, error: { code: 'forbidden', message: say('joinWrongCode') } });
    }
    answer(response, 200, { ok: true, result: sealKit(this.deps.kit(), pairingCode) });
  }
}
