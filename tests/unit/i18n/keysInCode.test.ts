import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LocaleTree } from './localeAudit';
import { missingKeys } from './keysInCode';

const ROOT = new URL('../../../', import.meta.url).pathname;
const locale = (kind: string): LocaleTree =>
  JSON.parse(readFileSync(join(ROOT, 'locales', kind, 'en.json'), 'utf8')) as LocaleTree;

function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => join(ROOT, folder, file));
}

/** Document words (locales/doc) are named by the exporters; everything else names interface strings. */
const DOCUMENT_FOLDERS = ['renderer/export/', 'renderer/cli/'];
/** The database names settings and `table.field` links in the same shape, and shows no words. */
const NO_WORDS = ['renderer/db/'];

describe('every key the code names exists (the four languages are held to English by locales.test.ts)', () => {
  it('interface strings, in the renderer', () => {
    const ui = locale('ui');
    const missing = sources('renderer')
      .filter(
        (file) => ![...DOCUMENT_FOLDERS, ...NO_WORDS].some((folder) => file.startsWith(join(ROOT, folder))),
      )
      .flatMap((file) =>
        missingKeys(readFileSync(file, 'utf8'), ui).map((key) => `${relative(ROOT, file)}: ${key}`),
      );
    expect(missing).toEqual([]);
  });

  it('document words, in the exporters', () => {
    const doc = locale('doc');
    const missing = DOCUMENT_FOLDERS.flatMap(sources).flatMap((file) =>
      missingKeys(readFileSync(file, 'utf8'), doc).map((key) => `${relative(ROOT, file)}: ${key}`),
    );
    expect(missing).toEqual([]);
  });

  it('would fail on a key that is not there, in a call, a ternary or a template', () => {
    const tree: LocaleTree = { programme: { title: 'Programme', kinds: { visit: 'Visit' } } };
    expect(missingKeys(`t('programme.title'); t(\`programme.kinds.\${kind}\`)`, tree)).toEqual([]);
    expect(
      missingKeys(
        `t(edit ? 'programme.titleEdit' : 'programme.title'); t(\`programme.roles.\${role}\`)`,
        tree,
      ),
    ).toEqual(['programme.titleEdit', 'programme.roles.…']);
  });
});
