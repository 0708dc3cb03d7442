// `npm ci` runs no install scripts (.npmrc: ignore-scripts=true), so the Electron binary,
// which comes from GitHub, is fetched here, on the first `npm start`, and never by
// `npm ci` or `npm test`: machines without access to GitHub can still install and test.
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = path.dirname(require.resolve('electron/package.json'));
const pathFile = path.join(electronDir, 'path.txt');
const installed =
  existsSync(pathFile) && existsSync(path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8')));

if (!installed && !process.env.ELECTRON_OVERRIDE_DIST_PATH) {
  console.log('Downloading the Electron runtime (first start only)…');
  const result = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(
      'Could not download Electron. Without internet access, use `npm run web` and open the app in a browser.',
    );
    process.exit(result.status ?? 1);
  }
}
