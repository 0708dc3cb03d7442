/** Debian's Chromium (or CHROMIUM_PATH) and its flags: the e2e tests (playwright.config.ts) and the benchmarks run the app alike. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
