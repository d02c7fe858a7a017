import { expect, test } from './host';
import { KioskPage } from './kiosk-page';

test('a ZIP split between two districts shows both representatives; the chosen one fills the script', async ({ page, host }) => {
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await kiosk.start('en');
  await kiosk.chooseWay('call');
  await page.getByTestId('script-card').first().tap();
  await kiosk.typeInto('legislator-zip', '02130');
  // The keypad closes by itself at five digits.
  await expect(kiosk.keyboard()).toBeHidden();
  await expect(page.getByTestId('note-split_zip')).toContainText('MA-7');
  await expect(page.getByTestId('legislator')).toHaveCount(4);
  await expect(page.getByTestId('script-town')).toHaveValue('Jamaica Plain');
  await expect(page.getByTestId('legislators-asof')).toContainText('2026');

  await page.getByTestId('legislator').filter({ hasText: 'Ayanna Pressley' }).tap();
  await expect(page.getByTestId('call-now')).toContainText('(617) 850-0040');
  await expect(page.getByTestId('script-en')).toContainText('I am asking the Representative to co-sponsor');
  await expect(page.getByTestId('script-en')).toContainText('currently before the House');
  await page.screenshot({ path: 'test-results/screens/portrait-en-legislators.png', fullPage: true });
});

test('an unknown ZIP gets a plain message, in Spanish for a Spanish visitor', async ({ page, host }) => {
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await kiosk.start('es');
  await kiosk.chooseWay('call');
  await page.getByTestId('script-card').first().tap();
  await kiosk.typeInto('legislator-zip', '00000');
  // Core's own sentence, in the visitor's language: the English one would not do.
  await expect(page.getByTestId('lookup-error')).toHaveText(
    'No encontramos el código postal 00000. Revise los 5 dígitos o escriba el código postal de su domicilio.',
  );
});

test('Massachusetts: the person picks a state legislator from a searchable list', async ({ page, host }) => {
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await kiosk.start('es');
  await kiosk.chooseWay('call');
  await page.getByTestId('script-card').nth(1).tap();
  await kiosk.typeInto('legislator-zip', '02130');
  // The keypad closes by itself at five digits.
  await expect(kiosk.keyboard()).toBeHidden();
  await expect(page.getByTestId('script-town')).toHaveValue('Jamaica Plain');
  const cards = page.getByTestId('state-legislator');
  const districts = () => cards.locator('.legislator__detail').allTextContents();
  // Unfiltered, the list starts elsewhere in the state: the search below is what narrows it.
  await expect(cards.first()).toBeVisible();
  expect((await districts()).some((district) => !district.includes('Suffolk'))).toBe(true);
  await kiosk.typeInto('state-search', 'Suffolk');
  await kiosk.closeKeyboard();
  await expect.poll(async () => (await districts()).filter((district) => !district.includes('Suffolk'))).toEqual([]);
  expect((await districts()).length).toBeGreaterThan(1);
  const first = cards.first();
  const name = ((await first.locator('.legislator__name').textContent()) ?? '').trim();
  expect(name).not.toBe('');
  await first.tap();
  await expect(page.getByTestId('script-en')).toContainText(name);
  await expect(page.getByTestId('script-en')).toContainText('I live in Jamaica Plain');
  await expect(page.getByTestId('script-es')).toContainText(name);
  await expect(page.getByTestId('call-now')).toContainText(name);
  await page.screenshot({ path: 'test-results/screens/portrait-es-state-legislators.png', fullPage: true });
});

test('the call screen credits the data sources, GeoNames included', async ({ page, host }) => {
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await kiosk.start('en');
  await kiosk.chooseWay('call');
  await expect(page.getByTestId('data-sources')).toContainText('© GeoNames (www.geonames.org), CC BY 4.0');
});

test('a Spanish legislator card says "Senador(a)", never "Senador(A)": only the first letter goes up', async ({ page, host }) => {
  const kiosk = new KioskPage(page);
  await kiosk.open(host.url);
  await kiosk.start('es');
  await kiosk.chooseWay('call');
  await page.getByTestId('script-card').first().tap();
  await kiosk.typeInto('legislator-zip', '01060');
  const role = page.getByTestId('legislator').first().locator('.legislator__role');
  await expect(role).toHaveText('senador(a)');
  // What the screen shows: the first letter uppercase, and nothing else transformed.
  const style = await role.evaluate((el) => {
    const view = el.ownerDocument.defaultView;
    return { whole: view?.getComputedStyle(el).textTransform, first: view?.getComputedStyle(el, '::first-letter').textTransform };
  });
  expect(style).toEqual({ whole: 'none', first: 'uppercase' });
});
