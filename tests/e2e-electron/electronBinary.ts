// Finds the Electron executable the way the `electron` npm package does (its path.txt, or
// ELECTRON_OVERRIDE_DIST_PATH), without throwing when it was never downloaded: npm ci runs no install
// scripts here, and `npm start` downloads the binary on first use.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

export interface ElectronBinary {
  /** Absolute path of the executable, or null when there is none. */
  executablePath: string | null;
  /** Why there is none, for the skip message. */
  reason: string;
}

export function findElectronBinary(): ElectronBinary {
  const require = createRequire(import.meta.url);
  const electronDir = path.dirname(require.resolve('electron/package.json'));
  const pathFile = path.join(electronDir, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override
    ? path.join(override, relative ?? 'electron')
    : relative === null
      ? null
      : path.join(electronDir, 'dist', relative);
  if (candidate !== null && existsSync(candidate)) return { executablePath: candidate, reason: '' };
  return {
    executablePath: null,
    reason: override
      ? `Electron binary not found under ELECTRON_OVERRIDE_DIST_PATH (${override})`
      : 'Electron binary not downloaded: run `npm start` once (needs internet) or set ELECTRON_OVERRIDE_DIST_PATH',
  };
}

/** Electron on Linux needs a display; CI machines without one run this test under xvfb-run. */
export function missingDisplayReason(): string | null {
  if (process.platform !== 'linux') return null;
  return process.env.DISPLAY || process.env.WAYLAND_DISPLAY ? null : 'no display: run under xvfb-run';
}
