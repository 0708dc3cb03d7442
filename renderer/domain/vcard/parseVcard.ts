import ICAL from 'ical.js';
import {
  CONTACT_ROLES,
  LANGUAGES,
  type Contact,
  type CyrillicName,
  type Gender,
  type Language,
  type LocalizedText,
} from '../entities';
import type { VCardContact } from './vcardContact';
import { cardTextTooLong } from './cardLengths';
import { recordLabel } from '../imports/textTooLong';
import { runSteps, type Steps } from '../steps';

/**
 * vCard in: ical.js parses vCard 3.0 and 4.0 as phones and Outlook write them; the app's own X-DD-*
 * properties (export/vcard.ts) bring back what has no standard property.
 */

export type VCardErrorCode =
  'tooLarge' | 'empty' | 'notVcard' | 'unsupportedVersion' | 'malformed' | 'noName' | 'tooLong';

/** Why a file was refused; `code` selects the translated message, `detail` names the spot. */
export class VCardParseError extends Error {
  constructor(
    readonly code: VCardErrorCode,
    readonly detail: string = '',
    readonly cardNumber: number | null = null,
    /** More for the message: the card's name and the length limit of a 'tooLong'. */
    readonly values: Record<string, string | number> = {},
  ) {
    super(`vCard refused (${code})${cardNumber !== null ? ` in card ${cardNumber}` : ''}: ${detail}`);
    this.name = 'VCardParseError';
  }
}

/** Far above any address book of a delegation; a bigger file is the wrong file. */
export const VCARD_MAX_BYTES = 5 * 1024 * 1024;

/** How often (in cards) progress is told: often enough for a smooth bar, rarely enough to cost nothing. */
const PROGRESS_EVERY = 250;

/** Guesses the language of a text that came without a LANGUAGE parameter. */
export function guessLanguage(text: string): Language {
  if (/[ўі]/i.test(text)) return 'be';
  if (/\p{Script=Cyrillic}/u.test(text)) return 'ru';
  if (/[áéíóöőúüű]/i.test(text)) return 'hu';
  return 'en';
}

// ical.js hands back property values as unknown JSON-like data; these narrow them.
const asText = (value: unknown): string =>
  Array.isArray(value)
    ? value
        .map(asText)
        .filter((part) => part !== '')
        .join(' ')
    : value == null
      ? ''
      : String(value);
const asComponents = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(asText) : [asText(value)];

/** ical.js leaves values of properties it does not know (X-…) escaped. */
function unescapeUnknown(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

function propertyText(property: ICAL.Property): string {
  const raw = asText(property.getFirstValue());
  // ical.js unescapes \\, \, and \n in text but leaves the \; that vCard 3.0 writers put in.
  return property.type === 'unknown' ? unescapeUnknown(raw) : raw.replace(/\\;/g, ';');
}

function languageParam(property: ICAL.Property): string | null {
  const value = property.getParameter('language');
  return typeof value === 'string' ? value.toLowerCase().split('-')[0]! : null;
}

function isLanguage(value: string | null): value is Language {
  return value !== null && (LANGUAGES as readonly string[]).includes(value);
}

function localizedFrom(
  properties: ICAL.Property[],
  read: (property: ICAL.Property) => string,
): LocalizedText {
  const text: LocalizedText = {};
  for (const property of properties) {
    const value = read(property).trim();
    if (value === '') continue;
    const declared = languageParam(property);
    const language = isLanguage(declared) ? declared : guessLanguage(value);
    if (text[language] === undefined) text[language] = value;
  }
  return text;
}

function cardFromComponent(component: ICAL.Component, cardNumber: number): VCardContact {
  const names = component.getAllProperties('n');
  const mainName =
    names.find((property) => languageParam(property) === null) ??
    names.find((property) => !['ru', 'be'].includes(languageParam(property) ?? '')) ??
    names[0];
  const formatted = component.getAllProperties('fn').map((property) => propertyText(property).trim());
  const fn = formatted.find((value) => value !== '') ?? '';

  let familyName = '';
  let givenName = '';
  let prefix = '';
  if (mainName) {
    const parts = asComponents(mainName.getFirstValue());
    familyName = (parts[0] ?? '').trim();
    givenName = (parts[1] ?? '').trim();
    prefix = (parts[3] ?? '').trim();
  }
  if (familyName === '' && givenName === '' && fn !== '') {
    // Only a formatted name: read it as "Given Family", the order most address books use.
    const words = fn.split(/\s+/);
    familyName = words.length > 1 ? words.pop()! : words[0]!;
    givenName = words.length > 0 && familyName !== words[0] ? words.join(' ') : '';
  }
  if (familyName === '' && givenName !== '') {
    familyName = givenName;
    givenName = '';
  }
  if (familyName === '') throw new VCardParseError('noName', '', cardNumber);

  const orderProperty = component.getFirstProperty('x-dd-name-order');
  const declaredOrder = orderProperty ? propertyText(orderProperty).trim() : '';
  const nameOrder: Contact['nameOrder'] =
    declaredOrder === 'family-first' || declaredOrder === 'given-first'
      ? declaredOrder
      : givenName !== '' && fn.replace(/\s+/g, ' ').endsWith(`${familyName} ${givenName}`)
        ? 'family-first'
        : 'given-first';

  const cyrillic: Contact['cyrillic'] = {};
  for (const property of names) {
    const language = languageParam(property);
    if (property === mainName || (language !== 'ru' && language !== 'be')) continue;
    const parts = asComponents(property.getFirstValue());
    const checkedParam = property.getParameter('x-dd-checked');
    const form: CyrillicName = {
      familyName: (parts[0] ?? '').trim(),
      givenName: (parts[1] ?? '').trim(),
      // A Cyrillic name someone typed into another address book counts as checked by a person.
      checked: checkedParam !== 'false',
    };
    if (form.familyName !== '') cyrillic[language] = form;
  }

  const roleProperty = component.getFirstProperty('x-dd-role');
  const roleText = roleProperty ? propertyText(roleProperty).trim() : '';
  const role = (CONTACT_ROLES as readonly string[]).includes(roleText) ? (roleText as Contact['role']) : null;

  const genderProperty = component.getFirstProperty('gender') ?? component.getFirstProperty('x-gender');
  const genderText = genderProperty ? propertyText(genderProperty).trim().charAt(0).toUpperCase() : '';
  const gender: Gender = genderText === 'M' ? 'male' : genderText === 'F' ? 'female' : 'unspecified';

  const langProperties = component.getAllProperties('lang');
  const languages = langProperties
    .map((property) => ({
      code: propertyText(property).trim().toLowerCase().split('-')[0] ?? '',
      pref: Number(property.getParameter('pref') ?? 100),
    }))
    .filter((entry) => /^[a-z]{2,3}$/.test(entry.code))
    .sort((a, b) => a.pref - b.pref)
    .map((entry) => entry.code);

  const uidProperty = component.getFirstProperty('uid');
  const uid = uidProperty
    ? propertyText(uidProperty)
        .replace(/^urn:uuid:/i, '')
        .trim()
    : '';

  return {
    uid: uid === '' ? null : uid,
    prefix,
    familyName,
    givenName,
    nameOrder,
    cyrillic,
    rank: localizedFrom(component.getAllProperties('x-dd-rank'), propertyText),
    position: localizedFrom(component.getAllProperties('title'), propertyText),
    organisationName: localizedFrom(
      component.getAllProperties('org'),
      (property) => asComponents(property.getFirstValue())[0] ?? '',
    ),
    phones: component
      .getAllProperties('tel')
      .map((property) => propertyText(property).replace(/^tel:/i, '').trim())
      .filter((phone) => phone !== ''),
    emails: component
      .getAllProperties('email')
      .map((property) =>
        propertyText(property)
          .replace(/^mailto:/i, '')
          .trim(),
      )
      .filter((email) => email !== ''),
    languages: [...new Set(languages)],
    gender,
    role,
    notes: component
      .getAllProperties('note')
      .map(propertyText)
      .filter((note) => note.trim() !== '')
      .join('\n\n'),
  };
}

/** The offsets where a card begins: `BEGIN:VCARD` opening a line (a folded line's rest starts with a space). */
function cardStarts(text: string): number[] {
  return [...text.matchAll(/^BEGIN:VCARD[ \t]*\r?$/gim)].map((match) => match.index);
}

/**
 * The file's text in runs of about PROGRESS_EVERY cards, each cut where a card begins: each parses
 * on its own (a card's lines never cross a card's beginning), so parsing can pause between them.
 */
function cardRuns(text: string): string[] {
  const starts = cardStarts(text);
  const runs: string[] = [];
  for (let index = 0; index < starts.length; index += PROGRESS_EVERY) {
    const from = index === 0 ? 0 : starts[index]!;
    const to = starts[index + PROGRESS_EVERY] ?? text.length;
    runs.push(text.slice(from, to));
  }
  return runs.length > 0 ? runs : [text];
}

/** ical.js's parse of one run of cards, as a list of components. */
function parseRun(text: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = ICAL.parse(text);
  } catch (error) {
    throw new VCardParseError('malformed', error instanceof Error ? error.message : String(error));
  }
  // One card parses to a component, several to a list of components.
  const components = (
    Array.isArray(parsed) && typeof parsed[0] === 'string' ? [parsed] : parsed
  ) as unknown[];
  return Array.isArray(components) ? components : [];
}

/** One parsed component as a card, checked; `index`: its place in the file, from 0. */
function checkedCard(json: unknown, index: number): VCardContact {
  const component = new ICAL.Component(json as unknown[]);
  if (component.name !== 'vcard') throw new VCardParseError('notVcard', component.name, index + 1);
  if (!component.getFirstProperty('version')) {
    throw new VCardParseError('malformed', 'VERSION missing', index + 1);
  }
  const card = cardFromComponent(component, index + 1);
  const tooLong = cardTextTooLong(card);
  if (tooLong) {
    const name = recordLabel(card, String(index + 1));
    throw new VCardParseError('tooLong', tooLong.field, index + 1, { name, limit: tooLong.limit });
  }
  return card;
}

/**
 * Reads every card of a .vcf file. Refuses the whole file, naming the problem, when it is empty,
 * not a vCard, of an unsupported version (2.1), malformed, or has a text longer than the app allows
 * (naming the card); nothing is read in part. `onProgress` hears how many cards are read (the
 * import worker's progress bar).
 */
export function parseVCardFile(
  input: string | Uint8Array,
  onProgress?: (done: number, total: number) => void,
): VCardContact[] {
  return runSteps(readVCardFile(input, onProgress));
}

/**
 * parseVCardFile in steps of about PROGRESS_EVERY cards (a few milliseconds each): the import
 * worker pauses between them while the person acts in the window (see runStepsPaced).
 */
export function* readVCardFile(
  input: string | Uint8Array,
  onProgress?: (done: number, total: number) => void,
): Steps<VCardContact[]> {
  let text: string;
  try {
    text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    throw new VCardParseError('malformed', 'not UTF-8 text');
  }
  yield;
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new VCardParseError('empty');
  // The first line that is not blank (found without splitting the whole file into lines).
  const firstLine = /^.*\S.*$/m.exec(text)?.[0] ?? '';
  if (!/^\s*BEGIN:VCARD\s*$/i.test(firstLine)) throw new VCardParseError('notVcard');
  const versions = [...text.matchAll(/^VERSION:(.*)$/gim)].map((match) => match[1]!.trim());
  const unsupported = versions.find((version) => version !== '3.0' && version !== '4.0');
  if (unsupported !== undefined) throw new VCardParseError('unsupportedVersion', unsupported);
  yield;

  // The whole file is parsed before any card is checked: a malformed line anywhere refuses the file.
  const runs = cardRuns(text);
  const components: unknown[] = [];
  for (const run of runs) {
    components.push(...parseRun(run));
    yield;
  }
  if (components.length === 0) throw new VCardParseError('empty');
  const cards: VCardContact[] = [];
  for (const [index, json] of components.entries()) {
    if (index % PROGRESS_EVERY === 0) {
      if (index > 0) yield;
      onProgress?.(index, components.length);
    }
    cards.push(checkedCard(json, index));
  }
  return cards;
}
