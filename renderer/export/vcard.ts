import {
  LANGUAGES,
  type Contact,
  type Language,
  type LocalizedText,
  type Organisation,
} from '../domain/entities';
import { displayName } from '../domain/names';
import type { VCardContact } from '../domain/vcard/vcardContact';

/**
 * vCard out: vCard 4.0 (RFC 6350, UTF-8). What has no standard property travels in X-DD-* properties
 * that domain/vcard/parseVcard.ts reads back, so a card exported by the app comes back complete.
 */

export const VCARD_MIME_TYPE = 'text/vcard;charset=utf-8';

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
