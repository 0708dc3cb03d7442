// The installer configuration, loaded the way `electron-builder` loads it and checked against its own JSON
// schema, so a typo is caught here rather than on the one machine with internet access that builds releases.
import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { getConfig, validateConfiguration } from 'app-builder-lib/out/util/config/config';
import type { Configuration, FileAssociation, TargetConfiguration } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { beforeAll, describe, expect, it } from 'vitest';
import { OPENABLE_FILE_EXTENSIONS } from '../../../electron/contract';

const root = path.resolve(__dirname, '../../..');
let config: Configuration;

beforeAll(async () => {
  config = await getConfig(root, null, null);
}, 60_000);

function targetNames(targets: Configuration['win']): string[] {
  const list = targets?.target;
  const asArray = Array.isArray(list) ? list : list === undefined || list === null ? [] : [list];
  return asArray.map((target: string | TargetConfiguration) =>
    typeof target === 'string' ? target : target.target,
  );
}

/** Reads the first bytes of a build resource. */
function head(file: string, length: number): Buffer {
  return readFileSync(path.join(root, file)).subarray(0, length);
}

describe('electron-builder configuration', () => {
  it('lives in electron-builder.yml, not in package.json (which would silently win)', () => {
    const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown>;
    expect(pkg.build).toBeUndefined();
    expect(existsSync(path.join(root, 'electron-builder.yml'))).toBe(true);
  });

  it('passes electron-builder’s own schema', async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  }, 60_000); // compiling the schema takes seconds on a busy machine

  it('would reject a misspelt option', async () => {
    const misspelt = { ...config, nsis: { ...config.nsis, oneClik: false } } as Configuration;
    await expect(validateConfiguration(misspelt, new DebugLogger(false))).rejects.toThrow(
      /configuration.nsis/,
    );
  }, 60_000);

  it('names the app', () => {
    expect(config.appId).toBe('org.delegationdesk.app');
    expect(config.productName).toBe('Delegation Desk');
    expect(config.directories?.buildResources).toBe('build');
  });

  it('builds the installers of each platform', () => {
    expect(targetNames(config.win)).toEqual(['nsis', 'portable']);
    expect(targetNames(config.linux)).toEqual(['AppImage', 'deb']);
    expect(targetNames(config.mac)).toEqual(['dmg']);
    expect(config.nsis?.installerLanguages).toEqual(expect.arrayContaining(['ru_RU', 'hu_HU', 'en_US']));
  });

  it('packages the shell, the renderer and the menu strings the main process reads', () => {
    // electron-builder normalises the list into [{ filter: [...] }] when it merges configurations.
    const patterns = JSON.stringify(config.files);
    for (const pattern of ['dist-electron/**', 'dist-renderer/**', 'locales/menu/*.json', 'package.json']) {
      expect(patterns).toContain(JSON.stringify(pattern));
    }
  });

  it('has icons that exist and are what their extension says', () => {
    expect(config.win?.icon).toBe('build/icon.ico');
    expect(config.mac?.icon).toBe('build/icon.icns');
    expect(config.linux?.icon).toBe('build/icons');
    // ICO: reserved 0, type 1 (icon); ICNS: magic "icns"; PNG: signature.
    expect([...head('build/icon.ico', 4)]).toEqual([0, 0, 1, 0]);
    expect(head('build/icon.icns', 4).toString('ascii')).toBe('icns');
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const png = head(`build/icons/${size}x${size}.png`, 24);
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect(png.readUInt32BE(16)).toBe(size); // IHDR width
    }
    // The one source image all of them are derived from.
    expect(head('build/icon.png', 24).readUInt32BE(16)).toBe(1024);
  });

  it('associates the app’s own file types, the same ones the main process opens', () => {
    const associations = (config.fileAssociations ?? []) as FileAssociation[];
    expect(associations.map((a) => a.ext)).toEqual([...OPENABLE_FILE_EXTENSIONS]);
    for (const association of associations) {
      expect(association.name).toBeTruthy();
      expect(association.mimeType).toMatch(/^application\/x-delegation-desk-/);
    }
  });

  it('associates the extension the backup format actually writes', () => {
    // Text match rather than an import: the renderer's modules are typed for the DOM, these tests for Node.
    const format = readFileSync(path.join(root, 'renderer/db/backup/format.ts'), 'utf8');
    const written = /BUNDLE_EXTENSION = '([a-z0-9]+)'/.exec(format)?.[1];
    expect(OPENABLE_FILE_EXTENSIONS).toContain(written);
  });

  it('flips the Electron fuses that lock the packaged app down', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    expect(config.asar).not.toBe(false);
  });
});
