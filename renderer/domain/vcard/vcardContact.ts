import type { Contact, Gender, LocalizedText } from '../entities';

/**
 * vCard in and out: writing is in export/vcard.ts (vCard 4.0, RFC 6350, UTF-8), reading in
 * ./parseVcard.ts (ical.js, which parses vCard 3.0 and 4.0 as phones and Outlook write them).
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
