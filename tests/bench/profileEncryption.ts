/**
 * `npx tsx tests/bench/profileEncryption.ts [backup|export|unlock] [off|on]`: where the main thread's
 * time goes when the Backup screen makes a backup of the large tour, the Documents screen exports
 * the report, or (unlock) the programme is shown after the click on Unlock, with the database
 * encrypted (on, the default) or plain. Sets the browser profile up
 * as `npm run bench -- encryption-browser` does (kept per PROFILE_PORT, default 5221, in the
 * system's temp folder, so later runs start at once), then records one run (after a warm-up) with
 * the CPU profiler and prints the functions and files that took the most self time. Not a
 * benchmark: the profiler slows the page down.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { restoreThroughBackupScreen } from './benchBrowser';
import { CHROMIUM, CHROMIUM_ARGS } from './chromium';
import { ensureLargeTourBackup } from './largeTourFile';
import { loadLargeTour } from './loadLargeTour';
import { serveFolder } from './staticServer';

const DIST = process.env.PROFILE_DIST ?? resolve(import.meta.dirname, '../../dist-renderer');
const PORT = Number(process.env.PROFILE_PORT ?? 5221);
const PASSPHRASE = 'Балатон осенью, третья неделя';
const FILE_PASSPHRASE = 'общий пароль делегации, ноябрь';
const LONG = { timeout: 300_000 };

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function printTop(profile: Profile): void {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const byFunction = new Map<string, number>();
  const byFile = new Map<string, number>();
  profile.samples.forEach((id, index) => {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.replace(/^https?:\/\/[^/]+\//, '') || '(native)';
    const name = `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}:${frame.columnNumber + 1}`;
    const ms = (profile.timeDeltas[index] ?? 0) / 1000;
    byFunction.set(name, (byFunction.get(name) ?? 0) + ms);
    byFile.set(file, (byFile.get(file) ?? 0) + ms);
  });
  const top = (map: Map<string, number>, count: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, count)
      .map(([name, ms]) => `  ${ms.toFixed(0).padStart(6)} ms  ${name}`)
      .join('\n');
  process.stdout.write(`Functions (self time):\n${top(byFunction, 30)}\nFiles:\n${top(byFile, 12)}\n`);
}

async function main(): Promise<void> {
  const task = (['export', 'unlock'] as const).find((each) => each === process.argv[2]) ?? 'backup';
  const side = process.argv[3] === 'off' ? 'off' : 'on';
  const backup = await ensureLargeTourBackup();
  const profileDir = join(tmpdir(), `delegation-desk-profile-encryption-${PORT}`);
  await mkdir(profileDir, { recursive: true });
  // Two origins (ports): the plain database at PORT, the encrypted one at PORT + 1.
  const plain = await serveFolder(DIST, PORT);
  const sealed = await serveFolder(DIST, PORT + 1);
  const url = side === 'on' ? sealed.url : plain.url;
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: CHROMIUM,
    args: CHROMIUM_ARGS,
    locale: 'en-US',
    timezoneId: 'Europe/Minsk',
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const nav = (page: Page) => page.getByRole('navigation', { name: 'Main navigation' });
  try {
    const marker = join(profileDir, 'ready');
    if (!existsSync(marker)) {
      await restoreThroughBackupScreen(context, plain.url, backup);
      const sealedUrl = sealed.url;
      await restoreThroughBackupScreen(context, sealedUrl, backup);
      const page = await context.newPage();
      await page.goto(sealedUrl);
      await nav(page).getByRole('link', { name: 'Settings', exact: true }).click();
      await page.getByLabel('Passphrase for this laptop', { exact: true }).fill(PASSPHRASE);
      await page.getByLabel('Repeat the passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Turn protection on' }).click();
      await page
        .getByRole('checkbox', { name: 'I have written down or printed the recovery key' })
        .check(LONG);
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await nav(page).getByRole('link', { name: 'Backup', exact: true }).click();
      await page.getByLabel('File passphrase', { exact: true }).fill(FILE_PASSPHRASE);
      await page.getByLabel('Repeat the file passphrase', { exact: true }).fill(FILE_PASSPHRASE);
      await page.getByRole('button', { name: 'Set the file passphrase' }).click();
      await page.getByText(/^A file passphrase has been set/).waitFor(LONG);
      await page.close();
      await writeFile(marker, '');
    }
    if (task === 'unlock') {
      const bundle = await loadLargeTour(backup);
      const firstEvent = [...bundle.events].sort((a, b) => a.start.localeCompare(b.start))[0]!.title.en ?? '';
      for (let run = 0; run < 2; run += 1) {
        const page = await context.newPage();
        await page.goto(`${sealed.url}#/programme`);
        await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
        const session = await context.newCDPSession(page);
        await session.send('Profiler.enable');
        await session.send('Profiler.setSamplingInterval', { interval: 200 });
        await session.send('Profiler.start');
        await page.getByRole('button', { name: 'Unlock', exact: true }).click();
        await page.getByText(firstEvent, { exact: true }).first().waitFor(LONG);
        const { profile } = (await session.send('Profiler.stop')) as { profile: Profile };
        if (run === 1) printTop(profile);
        await page.close();
      }
      return;
    }
    const page = await context.newPage();
    await page.goto(url);
    if (side === 'on') {
      await page.getByLabel('Passphrase', { exact: true }).fill(PASSPHRASE);
      await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    }
    await nav(page).waitFor(LONG);
    await nav(page)
      .getByRole('link', { name: task === 'backup' ? 'Backup' : 'Documents', exact: true })
      .click();
    const once = async () => {
      const download = page.waitForEvent('download', LONG);
      if (task === 'export') await page.getByRole('button', { name: 'Export a draft', exact: true }).click();
      else {
        await page.getByRole('button', { name: 'Back up this tour', exact: true }).click();
        if (side === 'off')
          await page.getByRole('button', { name: 'Make a plain file', exact: true }).click();
      }
      const started = performance.now();
      const file = await download;
      const ms = performance.now() - started;
      await file.delete();
      await page.locator('button[data-loading]').waitFor({ state: 'detached', ...LONG });
      return ms;
    };
    await once();
    const session = await context.newCDPSession(page);
    await session.send('Profiler.enable');
    await session.send('Profiler.setSamplingInterval', { interval: 200 });
    await session.send('Profiler.start');
    const ms = await once();
    const { profile } = (await session.send('Profiler.stop')) as { profile: Profile };
    process.stdout.write(`${task}, encryption ${side}: ${ms.toFixed(0)} ms to the file (profiled)\n`);
    printTop(profile);
  } finally {
    await context.close();
    await plain.close();
    await sealed.close();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
