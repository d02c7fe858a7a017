/**
 * The browser host's HTTP layer under odd requests, written byte for byte on a raw socket (as any
 * program on the machine could): malformed JSON, wrong content types, odd methods and paths,
 * absolute-form and broken request targets, forged tokens. Every request gets an HTTP answer, never
 * a 500; every API answer is the contract's `{ ok, ... }` JSON; and the host keeps serving.
 * TAK_FUZZ_RUNS scales the number of requests (default 25 → 200 requests).
 */
import fc from 'fast-check';
import fs from 'node:fs';
import type http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METHOD_NAMES } from '../../src/common/contract';
import { ERROR_CODES } from '../../src/common/errors';
import { createCore, type Core } from '../../src/core/core';
import { createHost } from '../../src/server/http';
import { hostileString, hostileValue } from './fuzz-arbitraries';
import { TestClock } from './helpers';

const RUNS = Number(process.env.TAK_FUZZ_RUNS ?? 25) * 8;

let dir: string;
let core: Core;
let server: http.Server;
let port = 0;

interface RawAnswer {
  status: number;
  headers: string;
  body: string;
}

/** Sends bytes as they are and reads the answer until the server closes the connection. */
function raw(request: Buffer): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')));
    socket.on('connect', () => socket.end(request));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const [head = '', ...rest] = text.split('\r\n\r\n');
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0);
      let body = rest.join('\r\n\r\n');
      if (/transfer-encoding: chunked/i.test(head)) body = dechunk(body);
      resolve({ status, headers: head, body });
    });
  });
}

function dechunk(body: string): string {
  let out = '';
  let rest = body;
  for (;;) {
    const line = rest.indexOf('\r\n');
    const size = parseInt(rest.slice(0, line), 16);
    if (!size) return out;
    out += rest.slice(line + 2, line + 2 + size);
    rest = rest.slice(line + 2 + size + 2);
  }
}

/** Percent-encodes the UTF-8 bytes (lone surrogates become U+FFFD, as on the wire). */
const percentEncode = (s: string) => [...Buffer.from(s, 'utf8')].map((b) => (/[\w.~/-]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).padStart(2, '0')}`)).join('');

const ODD_TARGETS = [
  '/api',
  '/api/',
  '/api//signup.create',
  '/api/../api/event.get',
  '/api/%2e%2e/event.get',
  '/api/event.get/',
  '/api/EVENT.GET',
  '/api/__proto__',
  '/api/constructor',
  '/api/toString',
  '/api/hasOwnProperty',
  '/api/event.get?x=1&__proto__[a]=1',
  '/api/event.get#frag',
  '/api/%00',
  '/api/%ZZ',
  '/api/%',
  '/api/signup.create%00',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/..%2f..%2fpackage.json',
  '/index.html%00.js',
  '//evil.example/api/event.get',
  'http://evil.example/api/event.get',
  'http://127.0.0.1/api/event.get',
  'http://[',
  'http://%zz/',
  'http://a:b/',
  '*',
  '/' + 'a'.repeat(20_000),
  '/api/' + 'signup.create'.repeat(2_000),
  '/\u00e9\u202e',
  '/api/\ud83d\ude00',
];

const BODIES: (string | Buffer)[] = [
  '',
  '{',
  '{"a":',
  '[',
  'nul',
  'undefined',
  'NaN',
  '1e999999',
  '-',
  '"\\ud800"',
  '{"__proto__": {"polluted": "yes"}}',
  '{"constructor": {"prototype": {"polluted": "yes"}}}',
  '{"language":"en","firstName":"Ana","organizationIds":[],"consent":{"email":false,"sms":false},"phone":"617-555-0123"}',
  '{"pin":"000000"}',
  '{"scriptId":"us-congress-refugees","legislatorId":"W000817","outcome":"talked"}',
  '{"scriptId":"ma-safe-communities","legislatorId":"W000817","outcome":"no-answer"}',
  '[1,2,3]',
  '"just a string"',
  '{"a":1,"a":2}',
  Buffer.from([0xff, 0xfe, 0x00, 0x7b]),
  Buffer.from([0xc0, 0xaf]),
  '\u0000',
  '['.repeat(50_000) + ']'.repeat(50_000),
  '{"x":"' + 'y'.repeat(100_000) + '"}',
  'a=1&b=2',
];

const requests = fc.record({
  verb: fc.constantFrom('POST', 'POST', 'POST', 'POST', 'POST', 'GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'PATCH', 'TRACE', 'FOO', 'post'),
  target: fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...METHOD_NAMES).map((m) => `/api/${m}`) },
    { weight: 3, arbitrary: fc.constantFrom(...ODD_TARGETS) },
    { weight: 1, arbitrary: hostileString.map((s) => `/api/${percentEncode(s.slice(0, 2000))}`) },
  ),
  contentType: fc.constantFrom(
    'application/json',
    'application/json',
    'application/json',
    undefined,
    'application/json',
    'application/json; charset=utf-8',
    'APPLICATION/JSON',
    'application/json; charset=utf-16',
    'application/jsonx',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    '',
  ),
  body: fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...BODIES) },
    {
      weight: 2,
      arbitrary: hostileValue.map((v) => {
        try {
          return JSON.stringify(v) ?? '';
        } catch {
          return '{}';
        }
      }),
    },
  ),
  authorization: fc.option(fc.oneof(fc.constant('Bearer '), hostileString.map((s) => `Bearer ${s}`), fc.base64String().map((s) => `Bearer ${s}`)), { nil: undefined }),
  origin: fc.constantFrom(undefined, undefined, 'self', 'http://evil.example', 'null'),
  host: fc.constantFrom('self', 'self', 'self', 'localhost', 'evil.example', 'missing'),
});

type Request = typeof requests extends fc.Arbitrary<infer T> ? T : never;

function encode(r: Request): Buffer {
  const body = typeof r.body === 'string' ? Buffer.from(r.body, 'utf8') : r.body;
  const lines = [`${r.verb} ${r.target} HTTP/1.1`];
  if (r.host === 'self') lines.push(`Host: 127.0.0.1:${port}`);
  if (r.host === 'localhost') lines.push(`Host: localhost:${port}`);
  if (r.host === 'evil.example') lines.push('Host: evil.example');
  if (r.contentType !== undefined) lines.push(`Content-Type: ${r.contentType}`);
  // Header values may only hold visible Latin-1: anything else is sent as the bytes it is.
  if (r.authorization !== undefined) lines.push(`Authorization: ${r.authorization.replace(/[\r\n]/g, '')}`);
  if (r.origin === 'self') lines.push(`Origin: http://127.0.0.1:${port}`);
  else if (r.origin !== undefined) lines.push(`Origin: ${r.origin}`);
  lines.push(`Content-Length: ${body.length}`, 'Connection: close', '', '');
  return Buffer.concat([Buffer.from(lines.join('\r\n'), 'utf8'), body]);
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tak-fuzz-http-'));
  core = createCore({ dataDir: dir, clock: new TestClock() });
  const staticDir = path.join(dir, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>kiosk</title>');
  server = createHost({ core, staticDir, port: 0 });
  return new Promise<void>((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      port = (server.address() as AddressInfo).port;
      resolve();
    }),
  );
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('the browser host under odd HTTP requests', () => {
  it('answers every request, never with a 500, with contract JSON on the API, and keeps serving', async () => {
    const statuses = new Map<number, number>();
    let json = 0;
    await fc.assert(
      fc.asyncProperty(requests, async (request) => {
        const answer = await raw(encode(request));
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        const what = `${request.verb} ${request.target.slice(0, 80)} → ${answer.status} ${answer.body.slice(0, 200)}`;
        expect(answer.status, what).toBeGreaterThanOrEqual(200);
        expect(answer.status, what).toBeLessThan(500);
        const api = /content-type: application\/json/i.test(answer.headers);
        if (api && request.verb !== 'HEAD') {
          json++;
          const body = JSON.parse(answer.body) as { ok: boolean; error?: { code: string; message: string } };
          expect(typeof body.ok, what).toBe('boolean');
          if (!body.ok) {
            expect(ERROR_CODES, what).toContain(body.error?.code);
            expect(body.error?.message.length, what).toBeGreaterThan(0);
          }
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS, ...(process.env.TAK_FUZZ_SEED === undefined ? {} : { seed: Number(process.env.TAK_FUZZ_SEED) }) },
    );
    // Still serving, data sound.
    const after = await raw(Buffer.from(`POST /api/event.get HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`));
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body)).toMatchObject({ ok: true });
    console.log(`http fuzz: ${RUNS} requests, ${json} contract answers; statuses ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')}`);
  }, 120_000);

  it('answers each odd request target without falling over', async () => {
    for (const target of ODD_TARGETS) {
      const answer = await raw(Buffer.from(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`));
      expect(answer.status, target).toBeGreaterThanOrEqual(400);
      expect(answer.status, target).toBeLessThan(500);
    }
  });
});
