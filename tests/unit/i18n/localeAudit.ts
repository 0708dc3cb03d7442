/**
 * Checks a set of locale files (one nested JSON object per language) for what a
 * translator would miss: a key absent in a language, a plural form the language
 * needs, an interpolation variable that differs, a value left in English.
 */
export type LocaleTree = { [key: string]: string | LocaleTree };

const PLURAL_SUFFIXES = ['_zero', '_one', '_two', '_few', '_many', '_other'] as const;

/** The plural categories i18next asks for in each language (from Intl.PluralRules). */
export function requiredPluralForms(language: string): string[] {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories.map((c) => `_${c}`);
}

export function flatten(tree: LocaleTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

function pluralBase(key: string): string | null {
  const suffix = PLURAL_SUFFIXES.find((s) => key.endsWith(s));
  return suffix ? key.slice(0, -suffix.length) : null;
}

function variables(value: string): string {
  return [...value.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)]
    .map((m) => m[1])
    .sort()
    .join(',');
}

export interface AuditOptions {
  /** Keys whose value may equal the English one (names, abbreviations). */
  sameAsEnglishAllowed: readonly string[];
}

export function auditLocales(locales: Record<string, LocaleTree>, options: AuditOptions): string[] {
  const problems: string[] = [];
  const flat = Object.fromEntries(Object.entries(locales).map(([lang, tree]) => [lang, flatten(tree)]));
  const english = flat.en ?? new Map<string, string>();

  // Every logical key (plural forms collapsed) that any language has.
  const logicalKeys = new Set<string>();
  for (const keys of Object.values(flat))
    for (const key of keys.keys()) logicalKeys.add(pluralBase(key) ?? key);

  for (const [lang, keys] of Object.entries(flat)) {
    const pluralBases = new Set([...keys.keys()].map(pluralBase).filter((b): b is string => b !== null));
    for (const logical of logicalKeys) {
      const isPlural = [...Object.values(flat)].some((other) =>
        PLURAL_SUFFIXES.some((s) => other.has(`${logical}${s}`)),
      );
      if (isPlural) {
        if (!pluralBases.has(logical)) problems.push(`${lang}: missing ${logical} (plural)`);
        else
          for (const form of requiredPluralForms(lang))
            if (!keys.has(`${logical}${form}`))
              problems.push(`${lang}: missing plural form ${logical}${form}`);
      } else if (!keys.has(logical)) problems.push(`${lang}: missing ${logical}`);
    }
    for (const [key, value] of keys) {
      if (value.trim() === '') problems.push(`${lang}: empty ${key}`);
      const base = pluralBase(key);
      const englishValue = english.get(key) ?? (base ? english.get(`${base}_other`) : undefined);
      if (englishValue === undefined || lang === 'en') continue;
      if (variables(value) !== variables(englishValue) && !(base && variables(value) === 'count'))
        problems.push(
          `${lang}: ${key} uses {{${variables(value)}}}, English uses {{${variables(englishValue)}}}`,
        );
      if (value === englishValue && !options.sameAsEnglishAllowed.includes(key))
        problems.push(`${lang}: ${key} is still in English ("${value}")`);
    }
  }
  return problems;
}
