/**
 * Every console screen, in both languages and both orientations: the same axe-core audit as the
 * kiosk's screens (WCAG 2 A/AA, AAA contrast, target size) and a full-page screenshot to look at,
 * under test-results/screens/.
 */
import { LANGUAGES } from '../../src/common/languages';
import { audit, ORIENTATIONS } from './axe';
import { ConsolePage } from './console-page';
import { expect, test, type Host } from './host';
import { KioskPage } from './kiosk-page';
import { choosePin, organizerToken } from './organizer';

async function seed(host: Host): Promise<void> {
  const people = [
    { language: 'en', firstName: 'Ana', lastName: 'Pérez', email: 'ana@example.org', zip: '02130', organizationIds: ['mira-coalition'], consent: { email: true, sms: false } },
    { language: 'es', firstName: 'José', email: 'jose@example.org', phone: '6175550123', organizationIds: ['mira-coalition', 'chirla'], consent: { email: true, sms: true } },
    { language: 'es', firstName: 'Lucía', phone: '4135550199', organizationIds: ['bijan'], consent: { email: false, sms: true } },
  ];
  for (const person of people) expect((await host.api('signup.create', person)).status).toBe(200);
  const calls = [
    ['us-congress-refugees', 'W000817', 'talked'],
    ['us-congress-refugees', 'W000817', 'voicemail'],
    ['us-congress-refugees', 'P000617', 'no-answer'],
    ['ma-safe-communities', 'ocd-person/703d6d4e-3a1d-4a2e-82e3-3c9693b75953', 'talked'],
  ];
  for (const [scriptId, legislatorId, outcome] of calls) expect((await host.api('calls.log', { scriptId, legislatorId, outcome })).status).toBe(200);
}

for (const [orientation, viewport] of Object.entries(ORIENTATIONS)) {
  // English and Spanish in both orientations, the languages added later in portrait.
  for (const language of LANGUAGES.filter((l) => orientation === 'portrait' || l === 'en' || l === 'es')) {
    test(`every console screen passes axe and is captured (${orientation}, ${language})`, async ({ page, host }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(viewport);
      await seed(host);
      const console = new ConsolePage(page);
      /** The whole page from its top, or (with the on-screen keyboard up) what the screen shows. */
      const shot = async (name: string, fullPage = true) => {
        await audit(page, `${orientation} ${language} console ${name}`);
        if (fullPage) await page.evaluate('window.scrollTo(0, 0)');
        await page.screenshot({ path: `test-results/screens/${orientation}-${language}-console-${name}.png`, fullPage });
      };
      await console.signIn(host, { stayOnKeyTab: true });
      if (language !== 'en') {
        await console.kiosk.switchLanguage(language);
        await expect(page.getByTestId('console-exit')).not.toHaveText('Back to the kiosk');
      }
      // No data key yet: the console starts by making one.
      await expect(page.getByTestId('vault-setup')).toBeVisible();
      await shot('00a-vault-setup');
      // Without a key of its own, this computer is a kiosk that can join an event.
      await console.tab('kiosks');
      await expect(page.getByTestId('sync-kiosk')).toBeVisible();
      await shot('00c-kiosks-join');
      const passphrase = 'orbit velvet canyon mosaic lantern thistle';
      expect((await host.api('vault.create', { passphrase }, await organizerToken(host.api))).body.ok).toBe(true);
      await console.tab('signups');
      await expect(page.getByTestId('vault-gate')).toBeVisible();
      await shot('00b-vault-locked');
      await console.tapEnd('vault-secret');
      await console.type(passphrase);
      await console.kiosk.closeKeyboard();
      await page.getByTestId('vault-unlock-button').tap();
      await expect(page.getByTestId('signup-stats')).toBeVisible();
      // The guide: what to do before the event.
      await console.tab('guide');
      await expect(page.getByTestId('guide')).toBeVisible();
      await shot('00-guide');
      await console.tab('signups');
      await expect(page.getByTestId('signup-stats')).toBeVisible();
      await shot('01-signups');
      await page.getByTestId('open-signup').first().tap();
      await expect(page.getByTestId('consent-row').first()).toBeVisible();
      await shot('02-signup');
      await page.getByTestId('signup-back').tap();
      await page.getByTestId('purge-open').tap();
      await page.getByTestId('purge').tap();
      await expect(page.getByTestId('confirm-purge-yes')).toBeEnabled();
      await shot('03-purge-confirm');
      await page.getByTestId('confirm-purge-cancel').tap();

      await console.tab('calls');
      await expect(page.getByTestId('calls-by-legislator')).toBeVisible();
      await console.download('calls-export');
      await expect(page.getByTestId('calls-saved')).toBeVisible();
      await shot('03b-calls');

      await console.tab('export');
      await expect(page.getByTestId('export-no-email')).toBeVisible();
      await console.download('export-save');
      await expect(page.getByTestId('export-saved')).toBeVisible();
      await shot('04-export');

      await console.tab('event');
      await shot('05-event');
      await console.tapEnd('event-name-en');
      await shot('06-event-keyboard', false);
      await console.kiosk.closeKeyboard();

      await console.tab('content');
      await shot('07-content');
      await page.getByTestId('edit-organization-mira-coalition').tap();
      await console.replaceText('org-url', 'miracoalition');
      await page.getByTestId('editor-save').tap();
      await expect(page.getByTestId('issues')).toBeVisible();
      await shot('08-content-editor-refused');
      await page.getByTestId('editor-cancel').tap();
      await page.getByTestId('edit-script-us-congress-refugees').tap();
      await shot('09-script-editor');
      await console.tapEnd('script-title-es');
      await shot('09-script-editor-keyboard', false);
      await console.kiosk.closeKeyboard();
      await page.getByTestId('editor-cancel').tap();
      await page.getByTestId('add-organization').tap();
      await shot('09-organization-new');
      await page.getByTestId('editor-cancel').tap();

      await console.tab('print');
      await page.getByTestId('print-kind-signup-sheet').tap();
      await page.getByTestId('print-language-en+es').tap();
      await page.getByTestId('print-make').tap();
      await expect(page.getByTestId('print-preview')).toBeVisible();
      await shot('09-print');

      await console.tab('paper');
      await page.getByTestId('paper-sheet-en+es').tap();
      await shot('09-paper');

      await console.tab('languages');
      await expect(page.getByTestId('translations-vi')).toBeVisible();
      await shot('09b-languages');

      await console.tab('legislators');
      await expect(page.getByTestId('legislator-info')).toBeVisible();
      await page.getByTestId('legislators-files').setInputFiles('tests/fixtures/legislators/legislators-district-offices.yaml');
      await page.getByTestId('legislators-check').tap();
      await expect(page.getByTestId('legislators-problem')).toBeVisible();
      await shot('10-legislators');

      await console.tab('backup');
      await console.download('backup-create');
      await expect(page.getByTestId('backup-outcome')).toBeVisible();
      await page.getByTestId('backup-file').setInputFiles({ name: 'backup.sqlite', mimeType: 'application/octet-stream', buffer: Buffer.from('not a backup') });
      await expect(page.getByTestId('confirm-restore-yes')).toBeEnabled();
      await shot('11-restore-confirm');
      await page.getByTestId('confirm-restore-yes').tap();
      await expect(page.getByTestId('backup-outcome')).toHaveClass(/banner--error/);
      await shot('12-backup-refused');

      await console.tab('vault');
      await expect(page.getByTestId('vault-lock')).toBeVisible();
      await shot('13-vault-unlocked');

      // With the key, it is the steward's computer: kit, receiving from kiosks, bundles.
      await console.tab('kiosks');
      await page.getByTestId('sync-hub-toggle').tap();
      await expect(page.getByTestId('sync-code')).toBeVisible();
      await shot('14-kiosks-steward');
      await page.getByTestId('sync-hub-toggle').tap();
      await expect(page.getByTestId('sync-code')).toHaveCount(0);
    });
  }
}

for (const [orientation, viewport] of Object.entries(ORIENTATIONS)) {
  for (const language of ['en', 'es'] as const) {
    test(`the sign-in PIN screen passes axe and is captured (${orientation}, ${language})`, async ({ page, host }) => {
      await page.setViewportSize(viewport);
      await choosePin(host.api);
      const console = new ConsolePage(page);
      await console.kiosk.open(host.url);
      await console.openPinScreen();
      if (language === 'es') await console.kiosk.switchLanguage('es');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(language === 'es' ? 'Escriba el PIN de organizador' : 'Enter the organizer PIN');
      await console.enterPin('111111');
      await expect(page.getByTestId('pin-message')).not.toBeEmpty();
      await audit(page, `${orientation} ${language} console sign-in`);
      await page.screenshot({ path: `test-results/screens/${orientation}-${language}-console-00-sign-in.png`, fullPage: true });
    });
  }
}

test.describe('first run', () => {
  test.use({ firstRun: true });
  for (const [orientation, viewport] of Object.entries(ORIENTATIONS)) {
    for (const language of ['en', 'es'] as const) {
      test(`the first-run PIN screen passes axe and is captured (${orientation}, ${language})`, async ({ page, host }) => {
        await page.setViewportSize(viewport);
        await page.goto(host.url);
        await expect(page.getByTestId('first-run')).toBeVisible();
        if (language === 'es') await new KioskPage(page).switchLanguage('es');
        await expect(page.getByTestId('first-run')).toContainText(language === 'es' ? 'configure este quiosco' : 'set up this kiosk');
        await audit(page, `${orientation} ${language} console first run`);
        await page.screenshot({ path: `test-results/screens/${orientation}-${language}-console-00-first-run.png`, fullPage: true });
      });
    }
  }
});

test.describe('legislator data that has expired', () => {
  test.use({ today: '2027-01-04' });
  for (const [orientation, viewport] of Object.entries(ORIENTATIONS)) {
    for (const language of ['en', 'es'] as const) {
      test(`the console's expiry warnings pass axe and are captured (${orientation}, ${language})`, async ({ page, host }) => {
        await page.setViewportSize(viewport);
        const console = new ConsolePage(page);
        await console.signIn(host);
        if (language === 'es') await console.kiosk.switchLanguage('es');
        await expect(page.getByTestId('console-legislators-warning')).toBeVisible();
        await audit(page, `${orientation} ${language} console expired warning`);
        await page.screenshot({ path: `test-results/screens/${orientation}-${language}-console-13-expired-warning.png`, fullPage: true });
        await page.getByTestId('console-legislators-update').tap();
        await expect(page.getByTestId('legislators-validity-warning')).toBeVisible();
        await audit(page, `${orientation} ${language} console legislators expired`);
        await page.evaluate('window.scrollTo(0, 0)');
        await page.screenshot({ path: `test-results/screens/${orientation}-${language}-console-14-legislators-expired.png`, fullPage: true });
      });
    }
  }
});
