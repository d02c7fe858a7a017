/** The browser host in-process on a real port: the checks that keep it for this machine only. */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bodyLimit, createHost, MAX_BODY_BYTES, MAX_UPLOAD_BYTES } from '../../src/server/http';
import { RateLimit } from '../../src/core/auth/rate-limit';
import { hostIsAllowed, originIsAllowed } from '../../src/server/security';
import { startCore, tempDir } from './helpers';

const servers: http.Server[] = [];
afterEach(() => {
  for (const server of servers.splice(0)) server.close();
});

async function host(core = startCore()): Promise<string> {
  const staticDir = tempDir();
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>kiosk</title>');
  fs.mkdirSync(path.join(staticDir, 'assets'));
  const server = createHost({ core, staticDir, port: 0 });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

function request(url: string, options: http.RequestOptions & { body?: string | Buffer } = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.request(url, options, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

describe('the browser host', () => {
  it('sends a strict CSP and security headers with every answer', async () => {
    const base = await host();
    const page = await request(`${base}/`);
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['x-frame-options']).toBe('DENY');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
  });

  it('lists no directories and serves nothing outside the built renderer', async () => {
    const base = await host();
    for (const probe of ['/assets/', '/assets', '/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/index.html%00.js']) {
      expect((await request(`${base}${probe}`)).status, probe).toBe(404);
    }
  });

  it('answers only to its own host names, and refuses other origins', async () => {
    const base = await host();
    const port = new URL(base).port;
    expect((await request(`${base}/api/event.get`, { method: 'POST', headers: { Host: `evil.example:${port}` } })).status).toBe(421);
    expect((await request(`${base}/api/event.get`, { method: 'POST', headers: { Host: `localhost:${port}` } })).status).toBe(200);
    const foreign = await request(`${base}/api/event.get`, { method: 'POST', headers: { Origin: 'http://evil.example' } });
    expect(foreign.status).toBe(403);
    const crossSite = await request(`${base}/api/event.get`, { method: 'POST', headers: { 'Sec-Fetch-Site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    const sameOrigin = await request(`${base}/api/event.get`, { method: 'POST', headers: { Origin: base } });
    expect(sameOrigin.status).toBe(200);
  });

  it('refuses oversized bodies, non-JSON bodies and GET on the API', async () => {
    const base = await host();
    const big = Buffer.alloc(MAX_BODY_BYTES + 1, 0x20);
    const tooLarge = await request(`${base}/api/signup.create`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: big });
    expect(tooLarge.status).toBe(413);
    // Sent in chunks, with no Content-Length to refuse up front: still a plain 413, not a reset.
    const chunked = await request(`${base}/api/signup.create`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Transfer-Encoding': 'chunked' },
      body: big,
    });
    expect(chunked.status).toBe(413);
    const unauthenticatedUpload = await request(`${base}/api/backup.restore`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: big,
    });
    expect(unauthenticatedUpload.status).toBe(413);
    const form = await request(`${base}/api/signup.create`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: '{}' });
    expect(form.status).toBe(400);
    const broken = await request(`${base}/api/signup.create`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"a":' });
    expect(JSON.parse(broken.body)).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    expect((await request(`${base}/api/event.get`)).status).toBe(405);
  });

  it("takes large bodies only for the organizer's uploads (a backup grows with the data)", () => {
    expect(bodyLimit('signup.create', true)).toBe(MAX_BODY_BYTES);
    expect(bodyLimit('organizer.login', false)).toBe(MAX_BODY_BYTES);
    expect(bodyLimit('backup.restore', true)).toBe(MAX_UPLOAD_BYTES);
    expect(bodyLimit('legislators.import', true)).toBe(MAX_UPLOAD_BYTES);
    // Without a live session an upload is just another request.
    expect(bodyLimit('backup.restore', false)).toBe(MAX_BODY_BYTES);
  });

  it('answers errors in the language the page asks for (Accept-Language)', async () => {
    const base = await host();
    const ask = async (language?: string) => {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (language) headers['Accept-Language'] = language;
      const answer = await request(`${base}/api/signups.count`, { method: 'POST', headers, body: '{}' });
      return (JSON.parse(answer.body) as { error: { message: string } }).error.message;
    };
    expect(await ask('es')).toBe('Entre en la consola de organizadores con su PIN.');
    expect(await ask('es-US,es;q=0.9,en;q=0.8')).toBe('Entre en la consola de organizadores con su PIN.');
    expect(await ask('en-US')).toBe('Please sign in to the organizer console with your PIN.');
    expect(await ask('es;q=0.9')).toBe('Entre en la consola de organizadores con su PIN.');
    expect(await ask('fr, es')).toBe('Entre en la consola de organizadores con su PIN.');
    expect(await ask('en;q=0.5, es;q=0.8')).toBe('Entre en la consola de organizadores con su PIN.');
    expect(await ask('es;q=0, en')).toBe('Please sign in to the organizer console with your PIN.');
    expect(await ask('fr')).toBe('Please sign in to the organizer console with your PIN.');
    expect(await ask()).toBe('Please sign in to the organizer console with your PIN.');
  });

  it('passes on core\'s PIN lockout as 429 with Retry-After', async () => {
    const base = await host();
    const login = () =>
      request(`${base}/api/organizer.login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ pin: '000000' }) });
    await request(`${base}/api/organizer.setup`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ pin: '246810' }) });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await login()).status);
    expect(statuses).toEqual([401, 401, 401, 401, 429, 429]);
    expect(Number((await login()).headers['retry-after'])).toBeGreaterThan(0);
  });

  it('answers a Host without a port on port 80 only, where browsers leave it out', () => {
    const req = (headers: http.IncomingHttpHeaders) => ({ headers }) as http.IncomingMessage;
    expect([80, 5180].map((port) => hostIsAllowed(req({ host: '127.0.0.1' }), port))).toEqual([true, false]);
    expect([80, 5180].map((port) => hostIsAllowed(req({ host: 'localhost' }), port))).toEqual([true, false]);
    expect(hostIsAllowed(req({ host: 'evil.example' }), 80)).toBe(false);
    expect([80, 5180].map((port) => originIsAllowed(req({ origin: 'http://127.0.0.1' }), port))).toEqual([true, false]);
  });

  it('lets attempts through again once the window has passed', () => {
    let now = 0;
    const limit = new RateLimit(2, 1000, () => now);
    expect([limit.take(), limit.take(), limit.take()]).toEqual([true, true, false]);
    now = 1000;
    expect(limit.take()).toBe(true);
  });
});
