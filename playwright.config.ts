import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';

const executablePath = findChromium() ?? undefined;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    launchOptions: { executablePath, args: CHROMIUM_ARGS },
    hasTouch: true,
    viewport: { width: 1080, height: 1920 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
