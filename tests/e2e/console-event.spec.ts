import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { ConsolePage } from './console-page';
import { expect, test } from './host';

test('event settings saved in the console apply to the kiosk at once: name, idle time, sign-up mode, sections, language', async ({ page, host }) => {
  await page.clock.install();
  const console = new ConsolePage(page);
  await console.signIn(host);
  await console.tab('event');

  await console.replaceText('event-name-en', 'Rally at City Hall');
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

test('the event by touch: its name in each language, the day on a calendar, the start time; the kiosk and the flyer say them in each language', async ({ page, host }) => {
  await page.clock.install({ time: new Date('2026-11-30T10:00:00') });
  const console = new ConsolePage(page);
  await console.signIn(host);
  await console.tab('event');
  await console.replaceText('event-name-en', 'Northampton Rally');
  await console.replaceText('event-name-es', 'Marcha en Northampton');
  // The calendar opens on this month; the rally is next month.
  await expect(page.getByTestId('event-date-month')).toHaveText(/november 2026/i);
  await page.getByTestId('event-date-next').tap();
  await page.getByTestId('event-date-day-2026-12-05').tap();
  await expect(page.getByTestId('event-date-chosen')).toHaveText('Saturday, December 5, 2026');
  await page.getByTestId('event-time-hour-14').tap();
  await page.getByTestId('event-time-minute-30').tap();
  await expect(page.getByTestId('event-time-chosen')).toHaveText('2:30 PM');
  await console.replaceText('event-place', 'Pulaski Park');
  await page.getByTestId('event-save').tap();
  await expect(page.getByTestId('event-message')).toHaveText('Saved. The kiosk uses the new settings now.');
  const { body } = await host.api<{ name: string; names: Record<string, string>; date: string; startTime: string }>('event.get');
  expect(body.result).toMatchObject({ name: 'Northampton Rally', names: { es: 'Marcha en Northampton' }, date: '2026-12-05', startTime: '14:30', place: 'Pulaski Park' });

  await console.exit();
  await expect(page.getByTestId('attract-event')).toHaveText('Northampton Rally');
  await expect(page.getByTestId('attract')).toContainText('December 5, 2026 · 2:30 PM · Pulaski Park');
  // The attract screen is for everyone: the name in the other language too.
  await expect(page.getByTestId('attract')).toContainText('Marcha en Northampton');
  // The Spanish flyer's headline is the Spanish name, with the day and time in Spanish words.
  const flyer = await host.api<{ base64: string; title: string }>('documents.pdf', { kind: 'flyer', language: 'es', paper: 'letter' }, await host.token());
  expect(flyer.body.result?.title).toBe('Volante del evento · Marcha en Northampton');
  const file = test.info().outputPath('flyer-es.pdf');
  fs.writeFileSync(file, Buffer.from(flyer.body.result?.base64 ?? '', 'base64'));
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  expect(text).toContain('Marcha en Northampton sábado, 5 de diciembre de 2026 · 2:30 p.m. · Pulaski Park');
  expect(text).not.toContain('Northampton Rally');
});
