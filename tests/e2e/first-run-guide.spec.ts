/**
 * First-run guidance (issue 19): after the PIN the console makes the data key first, then says
 * what to do next, step by step (the event, the organizations, the papers), each step opening its
 * tab and saying what is still missing. "Delete all sign-ups" is folded away, never the loudest
 * thing on a screen.
 */
import { ConsolePage, PIN } from './console-page';
import { expect, test } from './host';

test.use({ firstRun: true });

test('after the PIN and the data key, the guide leads through the event, the organizations and the printing', async ({ page, host }) => {
  test.setTimeout(180_000);
  const console = new ConsolePage(page);
  await page.goto(host.url);
  await expect(page.getByTestId('first-run')).toBeVisible();
  await console.enterPin(PIN);
  await console.enterPin(PIN);

  // The data key first, then "next".
  await expect(page.getByTestId('tab-vault')).toHaveAttribute('aria-current', 'page');
  const proposed = (await page.getByTestId('vault-proposed').textContent()) ?? '';
  await page.getByTestId('vault-next').tap();
  await page.getByTestId('vault-passphrase-again').focus();
  await page.keyboard.type(proposed);
  await page.getByTestId('vault-make').tap();
  await page.getByTestId('vault-code-kept').tap();
  await page.getByTestId('vault-done').tap();
  await page.getByTestId('vault-go-guide').tap();

  const guide = page.getByTestId('guide');
  await expect(guide).toBeVisible();
  await expect(page.getByTestId('guide-key')).toHaveAttribute('data-done', 'true');
  await expect(page.getByTestId('guide-event')).toContainText('Still missing: the name in Spanish, Brazilian Portuguese, Haitian Creole, and Vietnamese, the date, the start time, the place.');
  await expect(page.getByTestId('guide-event')).toHaveClass(/guide__step--next/);

  // The event: opened from the guide.
  await page.getByTestId('guide-open-event').tap();
  await expect(page.getByTestId('tab-event')).toHaveAttribute('aria-current', 'page');
  await console.replaceText('event-name-en', 'Northampton Rally');
  await console.replaceText('event-name-es', 'Marcha en Northampton');
  await page.locator('[data-testid^="event-date-day-"]').nth(9).tap();
  await page.getByTestId('event-time-hour-11').tap();
  await console.replaceText('event-place', 'Pulaski Park');
  await page.getByTestId('event-save').tap();
  await expect(page.getByTestId('event-message')).toHaveText('Saved. The kiosk uses the new settings now.');
  await console.tab('guide');
  await expect(page.getByTestId('guide-event')).toHaveAttribute('data-done', 'true');
  // The names in the other languages are asked for, not required: the English one stands in.
  await expect(page.getByTestId('guide-event')).toContainText('Named, dated and placed. Visitors reading Brazilian Portuguese, Haitian Creole, and Vietnamese see the English name.');
  await expect(page.getByTestId('guide-organizations')).toHaveClass(/guide__step--next/);

  // The organizations: one featured.
  await page.getByTestId('guide-open-organizations').tap();
  await page.getByTestId('organization-bijan-featured').tap();
  await expect(page.getByTestId('organization-bijan')).toHaveAttribute('data-visibility', 'featured');
  await console.tab('guide');
  await expect(page.getByTestId('guide-organizations')).toContainText('1 featured, 0 hidden at this event.');

  // The papers: each one made counts.
  await page.getByTestId('guide-open-print').tap();
  for (const kind of ['flyer', 'script', 'signup-sheet']) {
    await page.getByTestId(`print-kind-${kind}`).tap();
    await page.getByTestId('print-make').tap();
    await expect(page.getByTestId('print-preview')).toHaveAttribute('data-kind', kind);
  }
  await console.tab('guide');
  await expect(page.getByTestId('guide-print')).toHaveAttribute('data-done', 'true');
  await expect(guide).toContainText('Everything is ready.');

  // Sign-ups: the delete-everything action is folded at the end, and small.
  await console.tab('signups');
  const purge = page.getByTestId('purge');
  await expect(purge).toBeHidden();
  await page.getByTestId('purge-open').tap();
  await expect(purge).toBeVisible();
  const box = await purge.boundingBox();
  expect(box?.height).toBeLessThan(90);
});
