import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { auditLocales, type LocaleTree } from './localeAudit';

const LANGS = ['ru', 'be', 'en', 'hu'] as const;

function load(kind: string): Record<string, LocaleTree> {
  return Object.fromEntries(
    LANGS.map((lang) => [
      lang,
      JSON.parse(readFileSync(new URL(`../../../locales/${kind}/${lang}.json`, import.meta.url), 'utf8')),
    ]),
  );
}

/**
 * The few values that are rightly the same in every language: the product name and
 * abbreviations. Anything else equal to English is an untranslated string.
 */
// The app's name, and patterns of placeholders and punctuation alone (the words come translated).
const SAME_AS_ENGLISH_ALLOWED = ['app.name', 'translation.rowHeadingUnnamed'];

describe('interface locales', () => {
  const ui = load('ui');

  it('have every key in all four languages, real translations, the plural forms each language needs', () => {
    expect(auditLocales(ui, { sameAsEnglishAllowed: SAME_AS_ENGLISH_ALLOWED })).toEqual([]);
  });

  it('would fail if a key were removed from one language', () => {
    const broken = structuredClone(ui);
    delete (broken.be!.nav as LocaleTree).settings;
    expect(auditLocales(broken, { sameAsEnglishAllowed: SAME_AS_ENGLISH_ALLOWED })).toContain(
      'be: missing nav.settings',
    );
  });

  it('would fail if Russian lost its "few" plural form or a value were left in English', () => {
    const broken = structuredClone(ui);
    delete (broken.ru!.welcome as LocaleTree).existing_few;
    (broken.hu!.nav as LocaleTree).settings = (ui.en!.nav as LocaleTree).settings as string;
    const problems = auditLocales(broken, { sameAsEnglishAllowed: SAME_AS_ENGLISH_ALLOWED });
    expect(problems).toContain('ru: missing plural form welcome.existing_few');
    expect(problems).toContain('hu: nav.settings is still in English ("Settings")');
  });
});

// Document locales (locales/doc/) come with the document export; audited the same way once they exist.
// locales/cldr holds CLDR's own data, checked against its packages (cldrTables.test.ts); files
// beside the folders (the glossary) have tests of their own.
const kinds = readdirSync(new URL('../../../locales/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && !['ui', 'cldr'].includes(entry.name))
  .map((entry) => entry.name);
describe.each(kinds)('locales/%s', (kind) => {
  it('have every key in all four languages, real translations, the plural forms each language needs', () => {
    expect(auditLocales(load(kind), { sameAsEnglishAllowed: SAME_AS_ENGLISH_ALLOWED })).toEqual([]);
  });
});
