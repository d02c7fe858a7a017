import { expect, test, type Host } from './host';
import { KioskPage } from './kiosk-page';
import { decodeQr } from './qr';

interface Listed {
  total: number;
  items: {
    firstName: string;
    lastName: string | null;
    email: string | null;
    phone: string | null;
    zip: string | null;
    language: string;
    organizations: { id: string }[];
    consents: { kind: string; granted: boolean; language: string; text: string; organizationId: string | null }[];
  }[];
}

async function signups(host: Host): Promise<Listed> {
  const list = await host.api<Listed>('signups.list', {}, await host.token());
  if (!list.body.result) throw new Error('could not list sign-ups');
  return list.body.result;
}

const journeys = [
  {
    language: 'en' as const,
    person: { first: 'Ana', last: 'Pérez', email: 'ana.perez@example.com', phone: '6175550123', zip: '02130' },
    expect: { keepMeInformed: 'Keep me informed', thanks: 'Thank you, Ana!' },
  },
  {
    language: 'es' as const,
    person: { first: 'José', last: 'Núñez', email: 'jose@example.org', phone: '4135550199', zip: '01002' },
    expect: { keepMeInformed: 'Quiero recibir noticias', thanks: '¡Gracias, José!' },
  },
];

for (const journey of journeys) {
  test(`a visitor signs up from an organization page, by touch only (${journey.language})`, async ({ page, host }) => {
    const kiosk = new KioskPage(page);
    await kiosk.open(host.url);
    await kiosk.start(journey.language);
    await kiosk.chooseWay('volunteer');
    await kiosk.openOrganization('mira-coalition');

    // The QR code is what a phone camera would read.
    expect(await decodeQr(page.getByTestId('qr-code'))).toBe('https://www.miracoalition.org');

    await page.getByTestId('keep-me-informed').tap();
    await expect(page.getByTestId('share-mira-coalition')).toBeChecked();
    await expect(page.getByTestId('consent-email')).not.toBeChecked();
    await expect(page.getByTestId('consent-sms')).not.toBeChecked();

    const p = journey.person;
    await kiosk.typeInto('first-name', p.first);
    await kiosk.typeInto('last-name', p.last);
    await kiosk.typeInto('email', p.email);
    await kiosk.typeInto('phone', p.phone);
    await kiosk.typeInto('zip', p.zip);
    await kiosk.closeKeyboard();
    await kiosk.tapCheckbox('consent-email');
    await kiosk.submit();

    await expect(page.getByTestId('thanks')).toContainText(journey.expect.thanks);
    await page.getByTestId('done').tap();
    await expect(page.getByTestId('attract')).toBeVisible();

    const { total, items } = await signups(host);
    expect(total).toBe(1);
    const [saved] = items;
    expect(saved).toMatchObject({
      firstName: p.first,
      lastName: p.last,
      email: p.email,
      phone: `+1${p.phone}`,
      zip: p.zip,
      language: journey.language,
      organizations: [{ id: 'mira-coalition' }],
    });
    const consents = saved?.consents ?? [];
    expect(consents.map((c) => [c.kind, c.granted, c.language]).sort()).toEqual(
      [
        ['email', true, journey.language],
        ['share', true, journey.language],
        ['sms', false, journey.language],
      ].sort(),
    );
  });
}

test('every validation error is shown in the kiosk language, and nothing is saved', async ({ page, host }) => {
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await kiosk.start('es');
  await kiosk.chooseWay('signup');
  await kiosk.submit();
  await expect(page.getByText('Por favor, escriba su nombre.')).toBeVisible();
  await expect(page.getByTestId('contact-hint')).toHaveText(/escriba un correo electrónico o un número de celular/);

  await kiosk.typeInto('first-name', 'Luz');
  await kiosk.typeInto('email', 'luz@example');
  await kiosk.typeInto('phone', '12345');
  await kiosk.typeInto('zip', '0213');
  await kiosk.closeKeyboard();
  await kiosk.tapCheckbox('consent-sms');
  await kiosk.submit();
  await expect(page.getByText('Este correo no parece correcto.', { exact: false })).toBeVisible();
  await expect(page.getByText('Este número no parece correcto.', { exact: false })).toBeVisible();
  await expect(page.getByText('El código postal tiene 5 dígitos', { exact: false })).toBeVisible();
  // Contact details with no way to use them are not kept.
  await expect(page.getByTestId('consent-required')).toHaveCount(0);
  await kiosk.tapCheckbox('consent-sms');
  await kiosk.submit();
  await expect(page.getByTestId('consent-required')).toContainText('Marque cómo podemos comunicarnos');
  await expect(page.getByTestId('thanks')).toHaveCount(0);
  expect((await signups(host)).total).toBe(0);
});

test('after the idle time, a warning counts down, then a half-filled form is wiped', async ({ page, host }) => {
  await page.clock.install();
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  const historyAtStart = await page.evaluate<number>('history.length');
  await kiosk.start('en');
  await kiosk.chooseWay('signup');
  await kiosk.typeInto('first-name', 'Secret');
  await kiosk.typeInto('email', 'secret@example.com');

  await page.clock.fastForward(61_000);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  await expect(page.getByTestId('idle-warning')).toContainText('Are you still there?');
  await page.clock.fastForward(16_000);

  await expect(page.getByTestId('attract')).toBeVisible();
  const html = await page.content();
  expect(html).not.toContain('Secret');
  expect(html).not.toContain('secret@example.com');
  // Starting again shows an empty form, and Back cannot reach the old one.
  await kiosk.start('en');
  await kiosk.chooseWay('signup');
  await expect(page.getByTestId('first-name')).toHaveValue('');
  await expect(page.getByTestId('email')).toHaveValue('');
  // Nothing typed survives anywhere on the page, in a field or as text.
  const values = await page.locator('input').evaluateAll((inputs) => inputs.map((i) => (i as unknown as { value: string }).value));
  expect(values.filter((v) => v.includes('ecret'))).toEqual([]);
  expect(await page.evaluate<number>('history.length')).toBe(historyAtStart);
  expect((await signups(host)).total).toBe(0);
});

test('"I\'m still here" keeps what was typed', async ({ page, host }) => {
  await page.clock.install();
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await kiosk.start('en');
  await kiosk.chooseWay('signup');
  await kiosk.typeInto('first-name', 'Rosa');
  await page.clock.fastForward(61_000);
  await page.getByTestId('still-here').tap();
  await expect(page.getByTestId('idle-warning')).toHaveCount(0);
  await expect(page.getByTestId('first-name')).toHaveValue('Rosa');
});

test('a call script fills in the caller, shows English to speak beside Spanish, and marks old bill numbers', async ({ page, host }) => {
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await kiosk.start('es');
  await kiosk.chooseWay('call');
  await page.getByTestId('script-card').first().tap();
  await kiosk.typeInto('script-name', 'Marta');
  await kiosk.closeKeyboard();
  await expect(page.getByTestId('script-en')).toContainText('My name is Marta');
  await expect(page.getByTestId('script-es')).toContainText('Me llamo Marta');
  await expect(page.getByTestId('script-en')).toContainText('H.R. 6870');
  // The bill details are folded behind "More about the bills".
  await expect(page.getByTestId('stale-bill').first()).toBeHidden();
  await page.getByTestId('more-about-bills').tap();
  await expect(page.getByTestId('stale-bill').first()).toBeVisible();
  await expect(page.getByTestId('stale-bill').first()).toContainText('H.R. 2146');
  await expect(page.getByTestId('stale-bill').first()).toContainText('Números antiguos');
});
