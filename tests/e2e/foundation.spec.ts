import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from './host';
import { KioskPage } from './kiosk-page';

const SIGNUP = { language: 'en', firstName: 'Ana', email: 'ana@example.org', organizationIds: ['mira-coalition'], consent: { email: true, sms: false } };

/**
 * What the host answered to the page's API requests, as "METHOD status", from the browser's own
 * network log (DevTools protocol): it also sees preflights and answers the page is not shown.
 */
async function hostAnswers(page: Page, hostUrl: string): Promise<string[]> {
  const answers: string[] = [];
  const methods = new Map<string, string>();
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Network.requestWillBeSent', (event) => {
    if (event.request.url.startsWith(`${hostUrl}/api/`)) methods.set(event.requestId, event.request.method);
  });
  cdp.on('Network.responseReceivedExtraInfo', (event) => {
    const method = methods.get(event.requestId);
    if (method) answers.push(`${method} ${event.statusCode}`);
  });
  await cdp.send('Network.enable');
  return answers;
}

/** Another site on this machine: a server on another port of 127.0.0.1, so another origin. */
async function servePage(html: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test.describe('the first kiosk screen, through the browser host', () => {
  test('shows every organization of the content pack, through the contract', async ({ page, host }) => {
    const kiosk = new KioskPage(page);
    await kiosk.open(host.url);
    await kiosk.start('en');
    const seen = new Set<string>();
    for (const way of ['volunteer', 'donate', 'legal'] as const) {
      await kiosk.chooseWay(way);
      await expect(page.getByTestId('org-card').first()).toBeVisible();
      for (const id of await page.getByTestId('org-card').evaluateAll((cards) => cards.map((c) => c.getAttribute('data-org-id')))) {
        if (id) seen.add(id);
      }
      await page.getByTestId('home').tap();
    }
    expect(seen.size).toBe(17);
    await kiosk.chooseWay('call');
    await expect(page.getByTestId('script-card')).toHaveCount(2);
  });

  test('has its own icon: every request of the page is answered, /favicon.ico included', async ({ page, host }) => {
    const failed: string[] = [];
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
    });
    const kiosk = new KioskPage(page);
    await kiosk.open(host.url);
    await kiosk.start('en');
    const icons = await page.locator('link[rel="icon"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')));
    expect(icons).toEqual(['./favicon.ico', './icon.svg']);
    for (const [file, type, magic] of [
      ['favicon.ico', 'image/x-icon', '00000100'],
      ['icon.svg', 'image/svg+xml', Buffer.from('<svg').toString('hex')],
    ] as const) {
      const response = await fetch(`${host.url}/${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('content-type'), file).toBe(type);
      expect(Buffer.from(await response.arrayBuffer()).subarray(0, magic.length / 2).toString('hex'), file).toBe(magic);
    }
    expect(failed).toEqual([]);
  });

  test('switches to Spanish with one tap, on any screen', async ({ page, host }) => {
    const kiosk = new KioskPage(page);
    await kiosk.open(host.url);
    await kiosk.start('en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How would you like to help?');
    await kiosk.switchLanguage('es');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('¿Cómo le gustaría ayudar?');
    await kiosk.chooseWay('volunteer');
    await expect(page.getByText('Ciudad de Nueva York').first()).toBeVisible();
  });

  test('refuses API requests from another origin, and a foreign Host header', async ({ page, host }) => {
    // A page on another origin of this machine (another local server) posts a valid sign-up, in
    // the two ways a page can: a "simple" request (no-cors, text/plain), which the browser sends
    // without asking, and a JSON one, which it first asks about (a CORS preflight).
    const elsewhere = await servePage('<!doctype html><title>another site</title>');
    try {
      const answers = await hostAnswers(page, host.url);
      await page.goto(elsewhere.url);
      const outcomes = await page.evaluate(
        async ({ url, body }) => {
          const send = (init: RequestInit) =>
            fetch(`${url}/api/signup.create`, { method: 'POST', body, ...init }).then(
              (r) => `answered ${r.type}`,
              (error: unknown) => `refused: ${String(error)}`,
            );
          return [await send({ mode: 'no-cors', headers: { 'Content-Type': 'text/plain' } }), await send({ headers: { 'Content-Type': 'application/json' } })];
        },
        { url: host.url, body: JSON.stringify(SIGNUP) },
      );
      // The page learns nothing: the browser withholds both answers (the host's
      // Cross-Origin-Resource-Policy, then no CORS permission).
      expect(outcomes).toEqual(['refused: TypeError: Failed to fetch', 'refused: TypeError: Failed to fetch']);
      // Both reached the host (the JSON one as its preflight), and the host refused each itself.
      await expect.poll(() => [...answers].sort()).toEqual(['OPTIONS 403', 'POST 403']);
      // Nothing was written.
      const token = await host.token();
      expect((await host.api('signups.count', {}, token)).body).toEqual({ ok: true, result: { total: 0 } });
      // The same sign-up, sent by a tool on this machine, is accepted: it was a valid one.
      expect((await host.api('signup.create', SIGNUP)).status).toBe(200);
      expect((await host.api('signups.count', {}, token)).body).toEqual({ ok: true, result: { total: 1 } });
    } finally {
      await elsewhere.close();
    }

    const forged = await fetch(`${host.url}/api/event.get`, {
      method: 'POST',
      headers: { Origin: 'http://evil.example', 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(forged.status).toBe(403);
    expect(await forged.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    // fetch() may not set Host, so a raw request plays the DNS-rebinding page.
    const rebindingStatus = await new Promise<number | undefined>((resolve, reject) => {
      const req = http.request(`${host.url}/api/event.get`, { method: 'POST', headers: { Host: 'evil.example:80' } }, (res) => {
        res.resume();
        resolve(res.statusCode);
      });
      req.on('error', reject);
      req.end();
    });
    expect(rebindingStatus).toBe(421);

    const { body } = await host.api('signups.count');
    expect(body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect((await host.api('signups.count', {}, await host.token())).body).toEqual({ ok: true, result: { total: 1 } });
  });

  test('answers the HTTP contract: a sign-up made over HTTP is counted for the organizer', async ({ host }) => {
    const created = await host.api<{ id: string }>('signup.create', {
      language: 'es',
      firstName: 'María José',
      phone: '617-555-0188',
      organizationIds: [],
      consent: { email: false, sms: true },
    });
    expect(created.status).toBe(200);
    expect(created.body.result?.id).toMatch(/^[0-9a-f-]{36}$/);
    const bad = await host.api('signup.create', { language: 'es', firstName: '', organizationIds: [], consent: { email: false, sms: false } });
    expect(bad.status).toBe(400);
    expect(bad.body.error?.code).toBe('invalid_argument');
    const count = await host.api('signups.count', {}, await host.token());
    expect(count.body).toEqual({ ok: true, result: { total: 1 } });
  });
});
