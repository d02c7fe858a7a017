import http from 'node:http';
import { expect, test } from './host';
import { KioskPage } from './kiosk-page';

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
    // A page on another origin tries to read the sign-up count and to write a sign-up.
    await page.goto('about:blank');
    const fromElsewhere = await page.evaluate(async (url) => {
      try {
        const r = await fetch(`${url}/api/signup.create`, {
          method: 'POST',
          headers: { 'Content-Type': 'text/plain' },
          body: '{}',
          mode: 'no-cors',
        });
        return `status ${r.status} type ${r.type}`;
      } catch (error) {
        return `blocked: ${String(error)}`;
      }
    }, host.url);
    expect(fromElsewhere).not.toContain('status 200');

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
