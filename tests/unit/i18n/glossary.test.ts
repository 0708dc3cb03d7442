import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const LANGS = ['ru', 'be', 'en', 'hu'] as const;
type Lang = (typeof LANGS)[number];

interface Entry {
  term: string;
  patterns: string[];
  avoid?: string[];
}
type Concept = Record<Lang, Entry> & { bindByEnglish?: boolean };
interface Glossary {
  concepts: Record<string, Concept>;
}
type Tree = { [key: string]: string | Tree };

const read = <T>(path: string): T =>
  JSON.parse(readFileSync(new URL(`../../../locales/${path}`, import.meta.url), 'utf8')) as T;

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const glossary = read<Glossary>('glossary.json');
const locales = (kind: 'ui' | 'doc') =>
  Object.fromEntries(LANGS.map((lang) => [lang, flatten(read<Tree>(`${kind}/${lang}.json`))])) as Record<
    Lang,
    Map<string, string>
  >;

/**
 * Every problem with the glossary in a set of locales: a key whose English names a concept but
 * whose text in another language does not use that language's word, or a word to avoid in use.
 */
function glossaryProblems(
  strings: Record<Lang, Map<string, string>>,
  concepts: Glossary['concepts'],
): string[] {
  const problems: string[] = [];
  for (const [name, concept] of Object.entries(concepts)) {
    const english =
      concept.bindByEnglish === false ? [] : concept.en.patterns.map((p) => new RegExp(p, 'iu'));
    for (const [key, text] of strings.en) {
      if (!english.some((pattern) => pattern.test(text))) continue;
      for (const lang of LANGS) {
        const value = strings[lang].get(key) ?? '';
        if (!concept[lang].patterns.some((pattern) => new RegExp(pattern, 'iu').test(value))) {
          problems.push(`${lang} ${key} names "${name}" without "${concept[lang].term}": ${value}`);
        }
      }
    }
    for (const lang of LANGS) {
      for (const word of concept[lang].avoid ?? []) {
        for (const [key, value] of strings[lang]) {
          if (value.toLowerCase().includes(word.toLowerCase())) {
            problems.push(`${lang} ${key} says "${word}" where the glossary says "${concept[lang].term}"`);
          }
        }
      }
    }
  }
  return problems;
}

describe('the glossary (locales/glossary.json)', () => {
  it('gives every concept one word in each of the four languages', () => {
    for (const concept of Object.values(glossary.concepts)) {
      for (const lang of LANGS) expect(concept[lang].term.trim()).not.toBe('');
    }
    expect(Object.keys(glossary.concepts)).toEqual(
      expect.arrayContaining([
        'finding',
        'conclusion',
        'recommendation',
        'keyPoint',
        'material',
        'delegationMember',
        'host',
        'term',
        'goodPractice',
        'negativeLesson',
        'observation',
      ]),
    );
  });

  it.each(['ui', 'doc'] as const)('is the vocabulary of locales/%s', (kind) => {
    expect(glossaryProblems(locales(kind), glossary.concepts)).toEqual([]);
  });

  it('would fail on a concept named by another word', () => {
    const ui = locales('ui');
    ui.ru.set('nav.findings', 'Наблюдения');
    ui.be.set('contacts.roles.host', 'Прымаючы бок');
    const problems = glossaryProblems(ui, glossary.concepts);
    expect(problems).toContain('ru nav.findings names "finding" without "вывод": Наблюдения');
    expect(problems).toContain(
      'be contacts.roles.host says "прымаючы" where the glossary says "бок, які прымае"',
    );
  });
});

describe('Belarusian typography', () => {
  it('uses ’ as the apostrophe, never the ASCII one', () => {
    const problems = (['ui', 'doc'] as const).flatMap((kind) =>
      [...locales(kind).be]
        .filter(([, value]) => value.includes("'"))
        .map(([key, value]) => `${kind} ${key}: ${value}`),
    );
    expect(problems).toEqual([]);
  });
});
