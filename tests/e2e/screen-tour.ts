/**
 * A visitor's tour of every kiosk screen: the start screen, home, browsing, an organization, the
 * call scripts with a looked-up and a chosen legislator, a call counted, the sign-up form with its
 * keyboard and errors, thanks, and the idle warning. `shot` runs at each screen (an audit, a
 * layout check, a screenshot). Needs `page.clock.install()` before `open`, for the idle warning.
 */
import { expect, type Page } from '@playwright/test';
import type { Language } from '../../src/common/languages';
import { KioskPage } from './kiosk-page';

export async function tourEveryScreen(page: Page, url: string, language: Language, shot: (name: string) => Promise<void>): Promise<void> {
  const kiosk = new KioskPage(page);
  await kiosk.open(url);
  await shot('01-attract');
  await kiosk.start(language);
  await shot('02-home');
  await kiosk.chooseWay('volunteer');
  await expect(page.getByTestId('org-card').first()).toBeVisible();
  await shot('03-browse');
  await kiosk.openOrganization('project-citizenship');
  await expect(page.getByTestId('keep-me-informed')).toBeVisible();
  await shot('04-organization');
  await page.getByTestId('home').tap();
  await kiosk.chooseWay('call');
  await expect(page.getByTestId('script-card').first()).toBeVisible();
  await shot('05-calls');
  await page.getByTestId('script-card').first().tap();
  await expect(page.getByTestId('what-to-say')).toBeVisible();
  await shot('06-script');
  await page.getByTestId('more-about-bills').tap();
  await expect(page.getByTestId('bills')).toBeVisible();
  await shot('06a-script-bills');
  await kiosk.typeInto('legislator-zip', '01060');
  // The keypad closes by itself at five digits.
  await expect(kiosk.keyboard()).toBeHidden();
  await page.getByTestId('legislator').filter({ hasText: 'Warren' }).tap();
  await expect(page.getByTestId('what-to-say')).toBeInViewport();
  await page.getByTestId('other-numbers-toggle').tap();
  await expect(page.getByTestId('call-number-other').first()).toBeVisible();
  await shot('06b-script-call');
  await page.getByTestId('outcome-talked').tap();
  await expect(page.getByTestId('call-outcome-saved')).toBeVisible();
  await shot('06c-script-called');
  await page.getByTestId('home').tap();
  await expect(page.getByTestId('home-calls')).toBeVisible();
  await shot('06d-home-calls');
  await kiosk.chooseWay('call');
  await page.getByTestId('script-card').nth(1).tap();
  await kiosk.typeInto('state-search', 'Second Suffolk');
  await kiosk.closeKeyboard();
  await page.getByTestId('state-legislator').first().tap();
  await expect(page.getByTestId('call-number')).toBeInViewport();
  await shot('06e-script-state');
  await page.getByTestId('home').tap();
  await kiosk.chooseWay('signup');
  // Its own chunk, loaded on first use: the form, not the moment before it.
  await expect(page.getByTestId('first-name')).toBeVisible();
  await shot('07-signup');
  await page.getByTestId('first-name').tap();
  await shot('08-signup-keyboard');
  await kiosk.closeKeyboard();
  await kiosk.submit();
  await shot('09-signup-errors');
  await kiosk.typeInto('first-name', 'Ana');
  await kiosk.typeInto('phone', '6175550123');
  await kiosk.closeKeyboard();
  await kiosk.tapCheckbox('consent-sms');
  await kiosk.submit();
  await expect(page.getByTestId('thanks')).toBeVisible();
  await shot('10-thanks');
  await page.getByTestId('done').tap();
  await kiosk.start(language);
  await page.getByTestId('language-button').tap();
  await expect(page.getByTestId('language-menu')).toBeVisible();
  await shot('10a-language-menu');
  await page.getByTestId('language-menu-close').tap();
  await page.clock.fastForward(61_000);
  await expect(page.getByTestId('idle-warning')).toBeVisible();
  await shot('11-idle-warning');
}
