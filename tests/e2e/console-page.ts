/**
 * A page object for the organizer console: opened from the kiosk's corner, PIN by touch, tabs,
 * and typing on the on-screen keyboard like the kiosk's page object.
 */
import fs from 'node:fs';
import { expect, type Download, type Page } from '@playwright/test';
import type { Host } from './host';
import { KioskPage } from './kiosk-page';

import { choosePin, PIN } from './organizer';

export { PIN };

const ACCENTED = 'áéíóúüàèìòùçâêîôûã';

export type ConsoleTab = 'guide' | 'signups' | 'paper' | 'calls' | 'export' | 'vault' | 'kiosks' | 'event' | 'content' | 'languages' | 'legislators' | 'backup' | 'print';

export class ConsolePage {
  readonly kiosk: KioskPage;

  constructor(readonly page: Page) {
    this.kiosk = new KioskPage(page);
  }

  async openPinScreen(): Promise<void> {
    for (let i = 0; i < 5; i++) await this.page.getByTestId('organizer-corner').tap();
    await expect(this.page.getByTestId('pin-screen')).toBeVisible();
  }

  async enterPin(pin: string): Promise<void> {
    for (const digit of pin) await this.page.locator(`.pinpad [data-key="${digit}"]`).tap();
    await this.page.locator('.pinpad [data-key="ok"]').tap();
  }

  /**
   * Chooses the PIN through the contract if none is set, then signs in on the kiosk by touch. With
   * no data key yet the console opens on the Data key tab; unless `stayOnKeyTab`, this moves on to
   * the sign-ups tab, where tests written before the data key expect to start.
   */
  async signIn(host: Host, options: { stayOnKeyTab?: boolean } = {}): Promise<void> {
    await choosePin(host.api);
    await this.kiosk.open(host.url);
    await this.openPinScreen();
    await this.enterPin(PIN);
    await expect(this.page.getByTestId('console')).toBeVisible();
    if (!options.stayOnKeyTab && (await this.page.getByTestId('vault-setup').isVisible())) await this.tab('signups');
  }

  async tab(name: ConsoleTab): Promise<void> {
    await this.page.getByTestId(`tab-${name}`).tap();
    await expect(this.page.getByTestId(`tab-${name}`)).toHaveAttribute('aria-current', 'page');
  }

  async exit(): Promise<void> {
    await this.page.getByTestId('console-exit').tap();
    await expect(this.page.getByTestId('attract')).toBeVisible();
  }

  /** Taps the end of a field's text, where the keys then type. */
  async tapEnd(testId: string): Promise<void> {
    const field = this.page.getByTestId(testId);
    const box = await field.boundingBox();
    if (!box) throw new Error(`${testId} is not visible`);
    await field.tap({ position: { x: box.width - 12, y: box.height - 12 } });
    await expect(this.kiosk.keyboard()).toBeVisible();
  }

  /** Types with the console's keyboards, where capitals need the shift key and accents their page. */
  async type(text: string): Promise<void> {
    const keyboard = this.kiosk.keyboard();
    for (const char of text) {
      if (char !== char.toLowerCase()) await keyboard.locator('[data-key="shift"]').tap();
      if (ACCENTED.includes(char.toLowerCase())) await keyboard.locator('[data-key="accents"]').tap();
      await keyboard.locator(`[data-key="${char === ' ' ? 'space' : char.toLowerCase()}"]`).first().tap();
    }
  }

  /** Empties a field with its clear button (one tap, the caret stays in it), then types `text`. */
  async replaceText(testId: string, text: string): Promise<void> {
    const field = this.page.getByTestId(testId);
    await this.tapEnd(testId);
    if (await field.inputValue()) await this.page.getByTestId(`${testId}-clear`).tap();
    await expect(field).toHaveValue('');
    await expect(field).toBeFocused();
    await expect(this.kiosk.keyboard()).toBeVisible();
    await this.type(text);
    await expect(field).toHaveValue(text);
    await this.kiosk.closeKeyboard();
  }

  async appendText(testId: string, text: string): Promise<void> {
    const field = this.page.getByTestId(testId);
    const before = await field.inputValue();
    await this.tapEnd(testId);
    await this.type(text);
    await expect(field).toHaveValue(before + text);
    await this.kiosk.closeKeyboard();
  }

  /** Taps the button that saves a file and returns the file's bytes and name. */
  async download(testId: string): Promise<{ name: string; bytes: Buffer; download: Download }> {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.page.getByTestId(testId).tap()]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: fs.readFileSync(path), download };
  }
}
