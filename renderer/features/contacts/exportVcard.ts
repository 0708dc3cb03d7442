import type { Contact, Language, Organisation } from '../../domain/entities';
import { toVCardContact, VCARD_MIME_TYPE, writeVCardFile } from '../../export/vcard';
import { saveFile, type SaveOutcome } from '../../platform';

/** A file name from a person's name that every file system accepts. */
function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\\/:*?"<>|]+/g, '')
    .replace(/\s+/g, '-')
    .slice(0, 80);
  return cleaned === '' ? 'contact' : cleaned;
}

/** Saves one or several contacts as a vCard 4.0 file, names shown first in the given language. */
export function saveContactsAsVCard(
  contacts: readonly Contact[],
  organisations: readonly Organisation[],
  language: Language,
  baseName: string,
): Promise<SaveOutcome> {
  const byId = new Map(organisations.map((organisation) => [organisation.id, organisation]));
  const bytes = writeVCardFile(
    contacts.map((contact) => toVCardContact(contact, byId.get(contact.organisationId ?? ''))),
    language,
  );
  return saveFile({
    suggestedName: `${safeFileName(baseName)}.vcf`,
    bytes,
    mimeType: VCARD_MIME_TYPE,
    filters: [{ name: 'vCard', extensions: ['vcf'] }],
  });
}
