import { defineConfig, devices } from '@playwright/test';

/** Where the browser tests' own server listens (a fresh SQLite database each run). */
const PORT = Number(process.env.BROWSER_TEST_PORT ?? 3190);

const DESKTOP = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } };
const PHONE = {
  viewport: { width: 375, height: 740 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
};
const ALONE = /role-two-step\.spec\.ts/;
const ALONE_OR_BUILD = [ALONE, /bundle-budget\.spec\.ts/];

/**
 * Browser tests (`npm run test:browser`): Debian's chromium (apt: chromium, fonts-noto-cjk)
 * drives the built console against the real server, every story at a desk and at 375 px.
 */
export default defineConfig({
  testDir: './e2e',
  globalSetup: './e2e/support/global-setup.ts',
  outputDir: '../test-results/browser',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: Number(process.env.BROWSER_TEST_WORKERS ?? 2),
  retries: 0,
  reporter: [
    ['list'],
    ['json', { outputFile: process.env.BROWSER_RESULTS ?? '../test-results/browser/results.json' }],
  ],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    trace: 'retain-on-failure',
    testIdAttribute: 'data-test',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
  },
  projects: [
    // checks of the build itself, once
    { name: 'build', testMatch: /bundle-budget\.spec\.ts/ },
    { name: 'desktop', testIgnore: ALONE_OR_BUILD, use: DESKTOP },
    { name: 'phone', testIgnore: ALONE_OR_BUILD, use: PHONE },
    // stories that change what every other story meets (a role's sign-in rule): after all
    // the others, one at a time
    {
      name: 'desktop-alone',
      testMatch: ALONE,
      dependencies: ['desktop', 'phone'],
      use: DESKTOP,
    },
    { name: 'phone-alone', testMatch: ALONE, dependencies: ['desktop-alone'], use: PHONE },
  ],
  webServer: {
    command: 'node web/e2e/support/start-server.mjs',
    cwd: '..',
    url: `http://127.0.0.1:${PORT}/api/health`,
    env: { BROWSER_TEST_PORT: String(PORT) },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
