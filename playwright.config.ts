import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { CHROMIUM, CHROMIUM_ARGS } from './tests/bench/chromium';

// End-to-end tests run the built renderer in Debian's Chromium: Playwright's own browser
// download is not possible on these machines. A missing browser is an error, never a skip.
if (!existsSync(CHROMIUM)) {
  throw new Error(
    `Chromium not found at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
}

// E2E_PORT lets several checkouts on one machine run their end-to-end tests at once.
const PORT = Number(process.env.E2E_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  // CI machines are shared: the longest story took 57 s of 60 there while it takes half that here.
  timeout: 120_000,
  expect: { timeout: 10_000 },
  // The second reporter names every skipped test with its reason (e.g. no Electron binary here).
  reporter: [['list'], ['./tests/e2e-electron/skipReasonReporter.ts']],
  use: {
    baseURL: `http://127.0.0.1:${PORT}/`,
    locale: 'en-US',
    timezoneId: 'Europe/Minsk',
    acceptDownloads: true,
    // Without fades a notification is either there or not: an accessibility check never catches one
    // half-transparent (a flaky contrast failure), and the app honours reduced motion (theme.ts).
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    // The renderer in Debian's Chromium, against the preview server below.
    { name: 'web', testDir: 'tests/e2e' },
    // The desktop shell through Playwright's _electron: no browser is launched for it. Without an Electron
    // binary its tests are reported as skipped with the reason (tests/e2e-electron/electronBinary.ts).
    { name: 'electron', testDir: 'tests/e2e-electron', fullyParallel: false },
  ],
  webServer: {
    // Serves the already built renderer (npm run test:e2e builds it first).
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
