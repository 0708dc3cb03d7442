import ICAL from 'ical.js';
import {
  CONTACT_ROLES,
  LANGUAGES,
  type Contact,
  type CyrillicName,
  type Gender,
  type Language,
  type LocalizedText,
  type Organisation,
} from '../domain/entities';
import { displayName } from '../domain/names';

/**
 * vCard in and out. Writing is ours (vCard 4.0, RFC 6350, UTF-8); reading uses ical.js, which parses
 * vCard 3.0 and 4.0 as phones and Outlook write them.
 *
 * What has no standard vCard property travels in X-DD-* properties so that a card exported by the app
 * comes back complete: rank, role, name order, and whether a Cyrillic form was checked.
 */

/** One contact as a vCard carries it: the contact's own fields plus its organisation's names. */
export interface VCardContact {
  uid: string | null;
  prefix: string;
  familyName: string;
  givenName: string;
  nameOrder: Contact['nameOrder'];
  cyrillic: Contact['cyrillic'];
  rank: LocalizedText;
  position: LocalizedText;
  organisationName: LocalizedText;
  phones: string[];
  emails: string[];
  languages: string[];
  gender: Gender;
  role: Contact['role'] | null;
  notes: string;
}

export const VCARD_MIME_TYPE = 'text/vcard;charset=utf-8';

// ---------------------------------------------------------------------------------------------
// Writing

/** Escapes a single text value; semicolons only matter inside structured values (RFC 6350 §3.4). */
function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/,/g, '\\,');
}

const structured = (...components: string[]) =>
  components.map((component) => escapeText(component).replace(/;/g, '\\;')).join(';');

/** Folds a content line at 75 octets without cutting a UTF-8 character in two (RFC 6350 §3.2). */
function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const pieces: string[] = [];
  let current = '';
  let currentBytes = 0;
  for (const char of line) {
    const bytes = encoder.encode(char).length;
    const limit = pieces.length === 0 ? 75 : 74; // continuation lines start with one space
    if (currentBytes + bytes > limit) {
      pieces.push(current);
      current = '';
      currentBytes = 0;
    }
    current += char;
    currentBytes += bytes;
  }
  pieces.push(current);
  return pieces.join('\r\n ');
}

function paramString(params: Record<string, string | undefined>): string {
  return Object.entries(params)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `;${key}=${/[;:,]/.test(value) ? `"${value}"` : value}`)
    .join('');
}

function localizedLines(
  name: string,
  text: LocalizedText,
  altId: string,
  escape: (value: string) => string = escapeText,
): string[] {
  const present = LANGUAGES.filter((language) => (text[language] ?? '').trim() !== '');
  return present.map(
    (language) =>
      `${name}${paramString({ ALTID: present.length > 1 ? altId : undefined, LANGUAGE: language })}:${escape(text[language]!)}`,
  );
}

/** Names of the contact in all four languages, the chosen one first so phones show it. */
function formattedNames(contact: VCardContact, preferred: Language): string[] {
  const order = [preferred, ...LANGUAGES.filter((language) => language !== preferred)];
  return order.map(
    (language, index) =>
      `FN${paramString({ ALTID: 'fn', LANGUAGE: language, PREF: index === 0 ? '1' : undefined })}:${escapeText(displayName(contact, language))}`,
  );
}

export function contactToVCardLines(contact: VCardContact, preferredLanguage: Language): string[] {
  const lines = ['BEGIN:VCARD', 'VERSION:4.0'];
  if (contact.uid) lines.push(`UID:urn:uuid:${contact.uid}`);
  lines.push(...formattedNames(contact, preferredLanguage));
  const cyrillic = (['ru', 'be'] as const).filter((language) => contact.cyrillic[language] !== undefined);
  lines.push(
    `N${paramString({ ALTID: cyrillic.length > 0 ? 'n' : undefined })}:${structured(contact.familyName, contact.givenName, '', contact.prefix, '')}`,
  );
  for (const language of cyrillic) {
    const name = contact.cyrillic[language]!;
    lines.push(
      `N${paramString({ ALTID: 'n', LANGUAGE: language, 'X-DD-CHECKED': String(name.checked) })}:${structured(name.familyName, name.givenName, '', '', '')}`,
    );
  }
  lines.push(`X-DD-NAME-ORDER:${contact.nameOrder}`);
  lines.push(...localizedLines('ORG', contact.organisationName, 'org', (value) => structured(value)));
  lines.push(...localizedLines('TITLE', contact.position, 'title'));
  lines.push(...localizedLines('X-DD-RANK', contact.rank, 'rank'));
  if (contact.role) lines.push(`X-DD-ROLE:${contact.role}`);
  for (const phone of contact.phones) lines.push(`TEL;VALUE=text:${escapeText(phone)}`);
  for (const email of contact.emails) lines.push(`EMAIL:${escapeText(email)}`);
  contact.languages.forEach((language, index) => lines.push(`LANG;PREF=${index + 1}:${language}`));
  if (contact.gender === 'male') lines.push('GENDER:M');
  if (contact.gender === 'female') lines.push('GENDER:F');
  if (contact.notes.trim() !== '') lines.push(`NOTE:${escapeText(contact.notes)}`);
  lines.push('END:VCARD');
  return lines;
}

/** A .vcf file (vCard 4.0, UTF-8, CRLF) with one card per contact. */
export function writeVCardFile(contacts: readonly VCardContact[], preferredLanguage: Language): Uint8Array {
  const text = contacts
    .flatMap((contact) => contactToVCardLines(contact, preferredLanguage))
    .map(foldLine)
    .join('\r\n');
  return new TextEncoder().encode(`${text}\r\n`);
}

/** The vCard view of a stored contact and its organisation. */
export function toVCardContact(
  contact: Contact,
  organisation: Organisation | null | undefined,
): VCardContact {
  return {
    uid: contact.id,
    prefix: contact.prefix,
    familyName: contact.familyName,
    givenName: contact.givenName,
    nameOrder: contact.nameOrder,
    cyrillic: contact.cyrillic,
    rank: contact.rank,
    position: contact.position,
    organisationName: organisation?.name ?? {},
    phones: contact.phones,
    emails: contact.emails,
    languages: contact.languages,
    gender: contact.gender,
    role: contact.role,
    notes: contact.notes,
  };
}

// ---------------------------------------------------------------------------------------------
// Reading

export type VCardErrorCode = 'empty' | 'notVcard' | 'unsupportedVersion' | 'malformed' | 'noName';

/** Why a file was refused; `code` selects the translated message, `detail` names the spot. */
export class VCardParseError extends Error {
  constructor(
    readonly code: VCardErrorCode,
    readonly detail: string = '',
    readonly cardNumber: number | null = null,
  ) {
    super(`vCard refused (${code})${cardNumber !== null ? ` in card ${cardNumber}` : ''}: ${detail}`);
    this.name = 'VCardParseError';
  }
}

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

/**
 * Reads every card of a .vcf file. Refuses the whole file, naming the problem, when it is empty,
 * not a vCard, of an unsupported version (2.1) or malformed; nothing is read in part.
 */
export function parseVCardFile(input: string | Uint8Array): VCardContact[] {
  let text: string;
  try {
    text = typeof input === 'string' ? input : new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    throw new VCardParseError('malformed', 'not UTF-8 text');
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') throw new VCardParseError('empty');
  if (!/^\s*BEGIN:VCARD\s*$/im.test(text.split(/\r?\n/).find((line) => line.trim() !== '') ?? '')) {
    throw new VCardParseError('notVcard');
  }
  const versions = [...text.matchAll(/^VERSION:(.*)$/gim)].map((match) => match[1]!.trim());
  const unsupported = versions.find((version) => version !== '3.0' && version !== '4.0');
  if (unsupported !== undefined) throw new VCardParseError('unsupportedVersion', unsupported);

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
  if (!Array.isArray(components) || components.length === 0) throw new VCardParseError('empty');
  return components.map((json, index) => {
    const component = new ICAL.Component(json as unknown[]);
    if (component.name !== 'vcard') throw new VCardParseError('notVcard', component.name, index + 1);
    if (!component.getFirstProperty('version')) {
      throw new VCardParseError('malformed', 'VERSION missing', index + 1);
    }
    return cardFromComponent(component, index + 1);
  });
}
