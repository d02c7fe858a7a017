/**
 * The kiosk in every language: the start screen offers the languages the event enables, each in
 * its own name, and fits both orientations; a pseudo-locale (every text 40% longer, with stacked
 * accents) and each new language lay out every screen without clipped or overlapping text. The
 * axe audits of every language are in screens.spec.ts; screenshots go to test-results/screens/.
 */
import { LANGUAGES, languageName } from '../../src/common/languages';
import { ORIENTATIONS } from './axe';
import { expect, test } from './host';
import { KioskPage } from './kiosk-page';
import { expectTidyLayout } from './layout';
import { tourEveryScreen } from './screen-tour';

const NEW_LANGUAGES = ['pt-BR', 'ht', 'vi'] as const;

for (const [orientation, viewport] of Object.entries(ORIENTATIONS)) {
  test(`the start screen offers every language the event enables, in its own name, and fits (${orientation})`, async ({ page, host }) => {
    await page.setViewportSize(viewport);
    const kiosk = new KioskPage(page);
    await kiosk.open(host.url);
    for (const language of LANGUAGES) {
      const button = page.getByTestId(`start-${language}`);
      await expect(button).toHaveText(languageName(language));
      await expect(button).toHaveAttribute('lang', language);
      await expect(button).toBeInViewport({ ratio: 1 });
      await expect(page.locator(`.attract__touch [lang="${language}"]`)).toBeVisible();
    }
    await expectTidyLayout(page, `${orientation} start screen`);
    await page.screenshot({ path: `test-results/screens/${orientation}-all-01-attract.png` });

    // An event in Vietnamese and English only: two buttons, Vietnamese first and on the page.
    const token = await host.token();
    expect((await host.api('event.update', { languages: ['vi', 'en'], defaultLanguage: 'vi' }, token)).status).toBe(200);
    await kiosk.open(host.url);
    await expect(page.locator('.attract__languages button')).toHaveText(['English', 'Tiếng Việt']);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.locator('.attract__touch span').first()).toHaveText('Chạm để bắt đầu');
    await expectTidyLayout(page, `${orientation} start screen, two languages`);
    await page.getByTestId('start').tap();
    // With two languages the button switches to the other one, named in it.
    await expect(page.getByTestId('language-button')).toHaveText('English');
    await kiosk.switchLanguage('en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('How would you like to help?');
  });

  test(`a pseudo-locale 40% longer, with stacked accents, shows no clipped or overlapping text on any screen (${orientation})`, async ({ page, host }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    await page.clock.install();
    await tourEveryScreen(page, `${host.url}/?pseudo`, 'en', async (name) => {
      await expectTidyLayout(page, `${orientation} pseudo ${name}`);
      await page.screenshot({ path: `test-results/screens/${orientation}-pseudo-${name}.png` });
    });
    await expect(page.getByRole('heading', { level: 2 })).toContainText('[');
  });
}

// Portrait is audited and laid out in screens.spec.ts with every language; here the other shape.
for (const language of NEW_LANGUAGES) {
  test(`every screen in ${language} is laid out without clipped or overlapping text (landscape)`, async ({ page, host }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(ORIENTATIONS.landscape);
    await page.clock.install();
    await tourEveryScreen(page, host.url, language, async (name) => {
      await expect(page.locator('html')).toHaveAttribute('lang', name === '01-attract' ? 'en' : language);
      await expectTidyLayout(page, `landscape ${language} ${name}`);
      await page.screenshot({ path: `test-results/screens/landscape-${language}-${name}.png` });
    });
  });
}
