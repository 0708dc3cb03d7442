import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const committed = fileURLToPath(new URL('../../../locales/cldr/', import.meta.url));
const script = fileURLToPath(new URL('../../../build/scripts/extract-cldr.mjs', import.meta.url));

describe('CLDR tables in locales/cldr', () => {
  const fresh = mkdtempSync(join(tmpdir(), 'cldr-'));
  afterAll(() => rmSync(fresh, { recursive: true, force: true }));

  it('are exactly what the extraction script makes of the installed cldr-json packages', () => {
    execFileSync(process.execPath, [script, fresh]);
    const files = readdirSync(committed).sort();
    expect(readdirSync(fresh).sort()).toEqual(files);
    for (const file of files) {
      expect(readFileSync(join(fresh, file), 'utf8'), file).toBe(readFileSync(join(committed, file), 'utf8'));
    }
  });

  it('stay small: the interface ships tables of kilobytes, not the packages’ megabytes', () => {
    const total = readdirSync(committed).reduce(
      (sum, file) => sum + readFileSync(join(committed, file)).length,
      0,
    );
    expect(total).toBeLessThan(200_000);
  });
});
