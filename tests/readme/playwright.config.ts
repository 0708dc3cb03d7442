import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import base from '../../playwright.config';

const server = base.webServer;
if (!server || Array.isArray(server)) throw new Error('playwright.config.ts should have one web server');

/**
 * `npm run readme:screenshots`: the README's screenshot tour, taken from the built renderer in
 * Chromium so the pictures show the app as it is. Not part of `npm test`: it writes files.
 */
export default defineConfig({
  ...base,
  testDir: '.',
  projects: [{ name: 'readme', testDir: '.' }],
  reporter: 'list',
  // The preview server serves the built renderer from the project's root, not from this folder.
  webServer: { ...server, cwd: fileURLToPath(new URL('../..', import.meta.url)) },
});
