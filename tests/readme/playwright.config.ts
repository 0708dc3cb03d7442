import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

/**
 * `npm run readme:screenshots`: the README's screenshot tour, taken from the built renderer in
 * Chromium so the pictures show the app as it is. Not part of `npm test`: it writes files.
 */
export default defineConfig({
  ...base,
  testDir: '.',
  projects: [{ name: 'readme', testDir: '.' }],
  reporter: 'list',
});
