import type { Language } from '../../domain/entities';
import be from '../../../locales/doc/be.json';
import en from '../../../locales/doc/en.json';
import hu from '../../../locales/doc/hu.json';
import ru from '../../../locales/doc/ru.json';

type DocTree = { [key: string]: string | DocTree };

const DOC_STRINGS: Record<Language, DocTree> = { ru, be, en, hu };

/** Looks up a fixed word of a document ("report.contents") and fills in {{variables}}. */
export type DocText = (key: string, values?: Record<string, string | number>) => string;

export class MissingDocStringError extends Error {
  constructor(readonly key: string) {
    super(`No document string "${key}"`);
    this.name = 'MissingDocStringError';
  }
}

function lookup(language: Language, key: string): string | undefined {
  let node: string | DocTree | undefined = DOC_STRINGS[language];
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
  return typeof node === 'string' ? node : undefined;
}

/** A document word that may not exist (a country without a name in the locale): undefined then. */
export function optionalDocText(language: Language, key: string): string | undefined {
  return lookup(language, key);
}

export function docText(language: Language): DocText {
  return (key, values = {}) => {
    const node = lookup(language, key);
    // A missing word is a programming error the locale audit should have caught: never print the key.
    if (typeof node !== 'string') throw new MissingDocStringError(key);
    return node.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
  };
}
