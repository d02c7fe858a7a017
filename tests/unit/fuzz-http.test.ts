/**
 * The browser host's HTTP layer under odd requests, written byte for byte on a raw socket (as any
 * program on the machine could): malformed JSON, wrong content types, odd methods and paths,
 * absolute-form and broken request targets, forged tokens. Every request gets an HTTP answer, never
 * a 500; every answer to an /api/ target is the contract's `{ ok, ... }` JSON (but for the few
 * refusals made before a request is routed, listed in `refusedBeforeRouting`); and the host keeps
 * serving. Then, per method, requests that are mostly well formed, so that most reach core and its
 * handlers: how many do is printed and asserted.
 * TAK_FUZZ_RUNS scales the number of requests (default 25 → 200 odd requests, and 25 per method).
 */
import fc from 'fast-check';
import fs from 'node:fs';
import type http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contract, isMethodName, METHOD_NAMES, type MethodName } from '../../src/common/contract';
import { ERROR_CODES, HTTP_STATUS, type ApiResponse } from '../../src/common/errors';
import { createCore, type Core } from '../../src/core/core';
import { say } from '../../src/core/messages';
import { createHost } from '../../src/server/http';
import { argsFor, hostileString, hostileValue, passesSchema, validArgsFor } from './fuzz-arbitraries';
import { ReachTally } from './fuzz-reach';
import { TestClock } from './helpers';

/** The methods core's PIN guard limits per minute (src/core/auth/attempts.ts). */
const PIN_METHODS = new Set<string>(['organizer.login', 'organizer.setup']);
const clock = new TestClock();
const RUNS = Number(process.env.TAK_FUZZ_RUNS ?? 25) * 8;
const SEED = process.env.TAK_FUZZ_SEED === undefined ? {} : { seed: Number(process.env.TAK_FUZZ_SEED) };

const PIN = '246810';
let dir: string;
let core: Core;
let server: http.Server;
let port = 0;
/** A live organizer session, renewed when a fuzzed logout ends it. */
let token = '';
/** What the host passed on to core for the request in flight, if anything, and with a live session or not. */
type PassedOn = { method: string; args: unknown; signedIn: boolean };
let passedOn: PassedOn | null = null;
const reach = new ReachTally();

interface RawAnswer {
  status: number;
  headers: string;
  body: string;
}

/**
 * Sends bytes as they are and reads the answer until the server closes the connection. With
 * `halfClose`, our side of the connection ends with the request, as scripts may do (Node then drops
 * an answer that takes a while); browsers keep it open, as `halfClose: false` does.
 */
function raw(request: Buffer, { halfClose = true } = {}): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    socket.setTimeout(10_000, () => socket.destroy(new Error('no answer within 10 s')));
    socket.on('connect', () => (halfClose ? socket.end(request) : socket.write(request)));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', (error: NodeJS.ErrnoException) => {
      // The host may answer (413) and close before a large body is all sent: read that answer.
      if (error.code !== 'EPIPE' && error.code !== 'ECONNRESET') reject(error);
    });
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
  language: fc.constantFrom(undefined, 'es', 'en-US,en;q=0.9', hostileString.map((s) => s.replace(/[\r\n]/g, ''))),
});

type Request = typeof requests extends fc.Arbitrary<infer T> ? T : never;

const json = (value: unknown): string => {
  try {
    return JSON.stringify(value) ?? '';
  } catch {
    return '{}'; // BigInt and friends: JSON has no way to say them
  }
};

/** The one part of a request to one method that is odd, if any. */
type OddPart = 'nothing' | 'verb' | 'content type' | 'origin' | 'host' | 'token' | 'arguments';

/**
 * Requests to one method as the kiosk and the console send them (POST, JSON, this host, a live
 * session for organizer methods, arguments that pass the method's schema, hostile text included
 * where the schema allows it), or with one part odd: the verb, content type, origin, host, token
 * or the arguments.
 */
function wellFormedRequests(method: MethodName): fc.Arbitrary<Request & { withSession: boolean; odd: OddPart }> {
  const schema = contract[method].args;
  const derived = argsFor(schema);
  const valid = method === 'organizer.login' ? fc.record({ pin: fc.constantFrom(PIN, PIN, '000000') }) : (validArgsFor(schema) ?? derived);
  const odd: fc.Arbitrary<OddPart> = fc.oneof(
    { weight: 12, arbitrary: fc.constant<OddPart>('nothing') },
    { weight: 6, arbitrary: fc.constantFrom<OddPart>('verb', 'content type', 'origin', 'host', 'token', 'arguments') },
  );
  return fc
    .record({
      odd,
      args: valid,
      oddArgs: fc.oneof(derived, hostileValue),
      verb: fc.constantFrom('GET', 'PUT', 'post'),
      contentType: fc.constantFrom(undefined, 'text/plain', 'application/jsonx'),
      jsonType: fc.constantFrom('application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON'),
      // A header can only carry visible Latin-1: other bytes are the odd requests' business.
      forged: fc.option(fc.oneof(hostileString.map((t) => t.replace(/[^\x21-\x7e]/g, '').slice(0, 300)), fc.base64String({ maxLength: 60 })), { nil: undefined }),
      origin: fc.constantFrom(undefined, 'self'),
      host: fc.constantFrom('self', 'localhost'),
      language: fc.constantFrom(undefined, 'es', 'en'),
    })
    .map((r) => ({
      odd: r.odd,
      verb: r.odd === 'verb' ? r.verb : 'POST',
      target: `/api/${method}`,
      contentType: r.odd === 'content type' ? r.contentType : r.jsonType,
      body: json(r.odd === 'arguments' ? r.oddArgs : r.args),
      // The live token is put in at send time: a fuzzed logout may have ended the one before.
      withSession: r.odd !== 'token',
      authorization: r.odd === 'token' && r.forged !== undefined ? `Bearer ${r.forged}` : undefined,
      origin: r.odd === 'origin' ? 'http://evil.example' : r.origin,
      host: r.odd === 'host' ? 'evil.example' : r.host,
      language: r.language,
    }));
}

/** What the host may answer to an /api/ target before it routes the request, so not as JSON. */
function refusedBeforeRouting(answer: RawAnswer): boolean {
  // Its own check of the Host header (DNS rebinding), which comes first for every path.
  if (answer.status === 421 && answer.body === 'This kiosk only answers on 127.0.0.1.') return true;
  // Node's HTTP server, on a request it will not pass on (bad bytes in the target or a header,
  // headers too large, no Host header): no content type and no body, where the host always has.
  return [400, 431].includes(answer.status) && !/\r\ncontent-type:/i.test(answer.headers) && answer.body === '';
}

function expectContractJson(answer: RawAnswer, what: string): ApiResponse {
  expect(answer.headers, what).toMatch(/\r\ncontent-type: application\/json; charset=utf-8\r\n/i);
  const body = JSON.parse(answer.body) as ApiResponse;
  expect(typeof body.ok, what).toBe('boolean');
  if (!body.ok) {
    expect(ERROR_CODES, what).toContain(body.error.code);
    expect(body.error.message.length, what).toBeGreaterThan(0);
  }
  return body;
}

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
  if (r.language !== undefined) lines.push(`Accept-Language: ${r.language}`);
  lines.push(`Content-Length: ${body.length}`, 'Connection: close', '', '');
  return Buffer.concat([Buffer.from(lines.join('\r\n'), 'utf8'), body]);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tak-fuzz-http-'));
  const real = createCore({ dataDir: dir, clock });
  // The same core, noting what the host passes on to it.
  core = {
    ...real,
    call(method, args, context) {
      passedOn = { method, args, signedIn: real.hasSession(context?.token) };
      return real.call(method, args, context);
    },
  };
  const setup = await real.call('organizer.setup', { pin: PIN });
  if (!setup.ok) throw new Error(setup.error.message);
  token = (setup.result as { token: string }).token;
  const staticDir = path.join(dir, 'static');
  fs.mkdirSync(staticDir);
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>kiosk</title>');
  ({ server, port } = await startHost());
});

/** A host on the fuzzed core. */
async function startHost(): Promise<{ server: http.Server; port: number }> {
  const host = createHost({ core, staticDir: path.join(dir, 'static'), port: 0 });
  await new Promise<void>((resolve) => host.listen(0, '127.0.0.1', resolve));
  return { server: host, port: (host.address() as AddressInfo).port };
}

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  core.close();
  fs.rmSync(dir, { recursive: true, force: true });
  console.log(`http fuzz, well-formed requests per method (reached: passed the host's checks and the schema):\n${reach.table()}`);
});

/** Runs `fn` against a host of its own (a fresh PIN allowance) when asked, else the shared one. */
async function onHost<T>(fresh: boolean, fn: () => Promise<T>): Promise<T> {
  if (!fresh) return fn();
  const own = await startHost();
  const shared = port;
  port = own.port;
  try {
    return await fn();
  } finally {
    port = shared;
    await new Promise((resolve) => own.server.close(resolve));
  }
}

/** Sends one well-formed request, checks the answer and notes how far the request got. */
async function sendWellFormed(method: MethodName, { withSession, odd, ...request }: Request & { withSession: boolean; odd: OddPart }): Promise<void> {
  // Core allows 10 PIN attempts a minute: on this frozen clock, a minute passes before each of ours.
  if (PIN_METHODS.has(method)) clock.advance(61_000);
  if (!core.hasSession(token)) {
    clock.advance(61_000);
    const login = await core.call('organizer.login', { pin: PIN });
    if (!login.ok) throw new Error(`could not sign in again: ${login.error.message}`);
    token = (login.result as { token: string }).token;
  }
  const authorization = request.authorization ?? (withSession ? `Bearer ${token}` : undefined);
  passedOn = null;
  const answer = await raw(encode({ ...request, authorization }), { halfClose: false });
  const what = `${method}, odd ${odd}: ${request.verb} ${request.contentType} ${request.host} ${request.origin} → ${answer.status} ${answer.body.slice(0, 200)}`;
  expect(answer.status, what).not.toBe(500);
  if (request.host === 'evil.example') expect(answer.status, what).toBe(421);
  else if (!refusedBeforeRouting(answer)) {
    const body = expectContractJson(answer, what);
    // Core's answers keep the contract's status; the host's own refusals (405 for a verb) may not.
    if (passedOn !== null) expect(answer.status, what).toBe(body.ok ? 200 : HTTP_STATUS[body.error.code]);
    // The PIN methods' own limit per minute: held back by design, so not a request that could reach.
    if (!body.ok && body.error.message === say('tooManyPinAttempts', request.language === 'es' ? 'es' : 'en')) {
      expect(PIN_METHODS.has(method), what).toBe(true);
      return;
    }
  }
  // Set by the core wrapper while the request was answered (TypeScript cannot see that).
  const call = passedOn as PassedOn | null;
  const reached = call !== null && isMethodName(call.method) && (contract[call.method].access === 'public' || call.signedIn) && passesSchema(contract[call.method].args, call.args);
  reach.record(method, { eligible: true, reached, code: call === null ? 'held by the host' : answer.status === 200 ? 'ok' : `http ${answer.status}` });
}

describe('the browser host under odd HTTP requests', () => {
  it('answers every request, never with a 500, with contract JSON on the API, and keeps serving', async () => {
    const statuses = new Map<number, number>();
    let contractAnswers = 0;
    let early = 0;
    await fc.assert(
      fc.asyncProperty(requests, async (request) => {
        const answer = await raw(encode(request));
        statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
        const what = `${request.verb} ${request.target.slice(0, 80)} → ${answer.status} ${answer.body.slice(0, 200)}`;
        expect(answer.status, what).toBeGreaterThanOrEqual(200);
        expect(answer.status, what).toBeLessThan(500);
        // An API answer by what was asked for, not by what came back. HEAD answers have no body.
        const api = request.target.startsWith('/') && new URL(request.target, 'http://127.0.0.1').pathname.startsWith('/api/');
        if (api && request.verb !== 'HEAD') {
          if (refusedBeforeRouting(answer)) early++;
          else {
            expectContractJson(answer, what);
            contractAnswers++;
          }
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: RUNS, ...SEED },
    );
    // Still serving, data sound.
    const after = await raw(Buffer.from(`POST /api/event.get HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 0\r\nConnection: close\r\n\r\n`));
    expect(after.status).toBe(200);
    expect(JSON.parse(after.body)).toMatchObject({ ok: true });
    console.log(
      `http fuzz: ${RUNS} odd requests, ${contractAnswers} API answers in contract JSON, ${early} refused before routing; ` +
        `statuses ${[...statuses].sort(([a], [b]) => a - b).map(([s, n]) => `${s}×${n}`).join(' ')}`,
    );
  }, 120_000);

  it.each(METHOD_NAMES.map((m) => [m]))('%s: well-formed requests reach core and its handler, and the status matches the answer', async (method) => {
    // The PIN methods get a host of their own, whose PIN allowance the odd requests have not used.
    await onHost(PIN_METHODS.has(method), () =>
      fc.assert(
        fc.asyncProperty(wellFormedRequests(method), (request) => sendWellFormed(method, request)),
        { numRuns: Number(process.env.TAK_FUZZ_RUNS ?? 25), ...SEED },
      ),
    );
    const r = reach.of(method);
    const which = PIN_METHODS.has(method) ? 'those beyond the PIN limit left out' : 'all';
    expect(r.reached, `${method}: requests that reached its handler, of ${r.eligible} (${which})`).toBeGreaterThanOrEqual(Math.ceil(r.eligible / 3));
  }, 60_000);

  it('answers each odd request target without falling over', async () => {
    for (const target of ODD_TARGETS) {
      const answer = await raw(Buffer.from(`GET ${target} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nConnection: close\r\n\r\n`));
      expect(answer.status, target).toBeGreaterThanOrEqual(400);
      expect(answer.status, target).toBeLessThan(500);
    }
  });
});
