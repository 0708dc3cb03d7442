// `npm run export`: the command-line exporter (renderer/cli/exportCli.ts), run from one bundled
// JavaScript file instead of through tsx. tsx transpiles some 150 modules on every start and wraps
// every inner function in a naming helper that costs on every call; the bundle is built once with
// esbuild (which tsx depends on, so it is there after `npm ci`) into node_modules/.cache, and
// built again when any file it was built from has changed. Without esbuild the sources run
// through tsx as before.
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ENTRY = path.join(ROOT, 'renderer/cli/exportCli.ts');
// Per checkout: worktrees may share one node_modules.
const CACHE = path.join(
  ROOT,
  'node_modules/.cache/delegation-desk-cli',
  createHash('sha256').update(ROOT).digest('hex').slice(0, 12),
);
const BUNDLE = path.join(CACHE, 'exportCli.mjs');
const STAMP = path.join(CACHE, 'inputs.json');

/** Size and modification time of a file, or null when it is gone. */
async function fingerprint(file) {
  try {
    const info = await stat(file);
    return `${info.size}:${info.mtimeMs}`;
  } catch {
    return null;
  }
}

/** Whether the bundle was built by this esbuild from the files as they are now. */
async function upToDate(version) {
  let stamp;
  try {
    stamp = JSON.parse(await readFile(STAMP, 'utf8'));
  } catch {
    return false;
  }
  if (stamp.esbuild !== version || (await fingerprint(BUNDLE)) === null) return false;
  const now = await Promise.all(Object.keys(stamp.inputs).map((file) => fingerprint(file)));
  return Object.values(stamp.inputs).every((print, i) => print === now[i]);
}

async function build(esbuild) {
  await mkdir(CACHE, { recursive: true });
  // Written beside and renamed: two exports started at once never read half a bundle.
  const temporary = `${BUNDLE}.${process.pid}.tmp`;
  const result = await esbuild.build({
    entryPoints: [ENTRY],
    outfile: temporary,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: `node${process.versions.node}`,
    // Packages are imported from node_modules as they are, as tsx does.
    packages: 'external',
    metafile: true,
    logLevel: 'warning',
    absWorkingDir: ROOT,
  });
  const files = Object.keys(result.metafile.inputs).map((input) => path.resolve(ROOT, input));
  const inputs = Object.fromEntries(
    await Promise.all(files.map(async (file) => [file, await fingerprint(file)])),
  );
  await rename(temporary, BUNDLE);
  const stampTemporary = `${STAMP}.${process.pid}.tmp`;
  await writeFile(stampTemporary, JSON.stringify({ esbuild: esbuild.version, inputs }));
  await rename(stampTemporary, STAMP);
}

/** The exporter's module, from the bundle (built first when needed), or null without esbuild. */
export async function loadExportCli() {
  let version;
  try {
    // Its version from its package file: importing esbuild itself takes longer than the check.
    const require = createRequire(import.meta.url);
    version = JSON.parse(await readFile(require.resolve('esbuild/package.json'), 'utf8')).version;
  } catch {
    return null;
  }
  if (!(await upToDate(version))) await build(await import('esbuild'));
  return import(pathToFileURL(BUNDLE).href);
}

async function main() {
  const cli = await loadExportCli();
  if (cli === null) {
    const tsx = spawnSync(process.execPath, ['--import', 'tsx', ENTRY, ...process.argv.slice(2)], {
      stdio: 'inherit',
    });
    process.exit(tsx.status ?? 1);
  }
  process.exit(await cli.runExport(process.argv.slice(2)));
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
