/**
 * A page object for the kiosk, so tests read like a visitor's journey: taps only, typing on the
 * on-screen keyboard, never page.fill().
 */
import { expect, type Locator, type Page } from '@playwright/test';
import type { Language } from '../../src/common/languages';

const ACCENTED = 'áéíóúüàèìòùçâêîôûã';

export class KioskPage {
  constructor(readonly page: Page) {}

  async open(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByTestId('attract')).toBeVisible();
  }

  async start(language: Language): Promise<void> {
    await this.page.getByTestId(`start-${language}`).tap();
    await expect(this.page.getByTestId('way-volunteer')).toBeVisible();
  }

  /** The language button: a switch between two languages, or a list of several to choose from. */
  async switchLanguage(language: Language): Promise<void> {
    const button = this.page.getByTestId('language-button');
    const opensList = (await button.getAttribute('aria-haspopup')) === 'dialog';
    await button.tap();
    if (opensList) {
      await this.page.getByTestId(`language-option-${language}`).tap();
      await expect(this.page.getByTestId('language-menu')).toBeHidden();
    }
    await expect(this.page.locator('html')).toHaveAttribute('lang', language);
  }

  async chooseWay(way: 'volunteer' | 'donate' | 'legal' | 'call' | 'signup'): Promise<void> {
    await this.page.getByTestId(`way-${way}`).tap();
  }

  async openOrganization(id: string): Promise<void> {
    await this.page.locator(`[data-testid="org-card"][data-org-id="${id}"]`).tap();
  }

  keyboard(): Locator {
    return this.page.getByTestId('keyboard');
  }

  /** Taps a field, then each key on the on-screen keyboard; `.com` is one key. */
  async typeInto(testId: string, text: string): Promise<void> {
    const field = this.page.getByTestId(testId);
    await field.tap();
    await expect(this.keyboard()).toBeVisible();
    await this.expectFieldVisibleAboveKeyboard(field);
    const tokens = text.match(/\.com|[\s\S]/g) ?? [];
    for (const token of tokens) {
      const key = token === ' ' ? 'space' : token.toLowerCase();
      if (ACCENTED.includes(key)) await this.keyboard().locator('[data-key="accents"]').tap();
      await this.keyboard().locator(`[data-key="${key}"]`).first().tap();
    }
    await expect(field).toHaveValue(text);
  }

  async closeKeyboard(): Promise<void> {
    await this.keyboard().locator('[data-key="done"]').tap();
    await expect(this.keyboard()).toBeHidden();
  }

  async expectFieldVisibleAboveKeyboard(field: Locator): Promise<void> {
    const fieldBox = await field.boundingBox();
    const keyboardBox = await this.keyboard().boundingBox();
    const topbarBox = await this.page.locator('.topbar').boundingBox();
    expect(fieldBox && keyboardBox && topbarBox).toBeTruthy();
    if (!fieldBox || !keyboardBox || !topbarBox) return;
    expect(fieldBox.y + fieldBox.height).toBeLessThanOrEqual(keyboardBox.y);
    expect(fieldBox.y).toBeGreaterThanOrEqual(topbarBox.y + topbarBox.height);
  }

  async tapCheckbox(testId: string): Promise<void> {
    await this.page.getByTestId(testId).tap();
  }

  async submit(): Promise<void> {
    await this.page.getByTestId('submit').tap();
  }

  /** From the start screen: the sign-up form filled in by touch, the boxes ticked, sent. */
  async signUp(language: 'en' | 'es', person: { first: string; last: string; email: string; phone: string; zip: string }, consents: ('consent-email' | 'consent-sms')[]): Promise<void> {
    await this.start(language);
    await this.chooseWay('signup');
    await this.typeInto('first-name', person.first);
    await this.typeInto('last-name', person.last);
    await this.typeInto('email', person.email);
    await this.typeInto('phone', person.phone);
    await this.typeInto('zip', person.zip);
    await this.closeKeyboard();
    for (const box of consents) await this.tapCheckbox(box);
    await this.submit();
  }
}
