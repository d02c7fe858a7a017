import { ConsolePage } from './console-page';
import { expect, test } from './host';

test('event settings saved in the console apply to the kiosk at once: name, idle time, sign-up mode, sections, language', async ({ page, host }) => {
  await page.clock.install();
  const console = new ConsolePage(page);
  await console.signIn(host);
  await console.tab('event');

  await console.replaceText('event-name', 'Rally at City Hall');
  await console.replaceText('event-idle', '30');
  await page.getByTestId('event-mode-browse-only').tap();
  await page.getByTestId('event-section-charities').tap();
  await expect(page.getByTestId('event-section-charities')).not.toBeChecked();
  await page.getByTestId('event-language-es').tap();
  await page.getByTestId('event-save').tap();
  await expect(page.getByTestId('event-message')).toHaveText('Saved. The kiosk uses the new settings now.');
  // The console stays in the organizer's language.
  await expect(page.getByTestId('console-exit')).toHaveText('Back to the kiosk');
  await expect(page.locator('.console__event')).toHaveText('Rally at City Hall');

  await console.exit();
  await expect(page.getByTestId('attract')).toContainText('Rally at City Hall');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  await page.getByTestId('start').tap();
  await expect(page.getByTestId('way-volunteer')).toBeVisible();
  await expect(page.getByTestId('way-signup')).toHaveCount(0);
  await page.getByTestId('way-donate').tap();
  await expect(page.locator('[data-testid="org-card"][data-org-id="nijc"]')).toBeVisible();
  await expect(page.locator('[data-testid="org-card"][data-org-id="save-the-children"]')).toHaveCount(0);

  // 30 seconds untouched now brings the "are you still there?" warning.
  await page.clock.fastForward(31_000);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
});

test('the event form explains a mistake next to the field and saves nothing', async ({ page, host }) => {
  const console = new ConsolePage(page);
  await console.signIn(host);
  await console.tab('event');
  await console.replaceText('event-idle', '5');
  await page.getByTestId('event-save').tap();
  await expect(page.getByTestId('event-message')).toContainText('The settings were not saved');
  await expect(page.getByText('Enter a number of seconds from 20 to 180.')).toBeVisible();
  const { body } = await host.api<{ idleSeconds: number }>('event.get');
  expect(body.result?.idleSeconds).toBe(60);
});
