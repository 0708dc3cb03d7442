import type { Language } from '../../domain/entities';
import { numberByOrder, type TranslatableField, type TranslatableTour } from '../../domain/findings';
import { contactName, delegateName, eventLabel, localized } from '../../domain/names/recordLabels';

/**
 * A short name of the record a field belongs to, so the translator knows what they translate:
 * the key point's number, the finding's title, the recommendation's number…
 */
export function recordNamer(source: TranslatableTour, language: Language) {
  const keyPointNumbers = numberByOrder(source.themes);
  const recommendationNumbers = numberByOrder(source.recommendations);
  const byId = <T extends { id: string }>(records: readonly T[] | undefined) =>
    new Map((records ?? []).map((record) => [record.id, record]));
  const findings = byId(source.findings);
  const materials = byId(source.materials);
  const events = byId(source.events);
  const organisations = byId(source.organisations);
  const delegates = byId(source.delegates);
  const contacts = byId(source.contacts);
  const attachments = byId(source.attachments);

  return (field: TranslatableField): { name: string; number?: number } => {
    const id = field.recordId;
    switch (field.kind) {
      case 'tour':
        return { name: localized(source.tour.title, language) };
      case 'theme':
        return { name: '', number: keyPointNumbers.get(id) };
      case 'recommendation':
        return { name: '', number: recommendationNumbers.get(id) };
      case 'finding': {
        const finding = findings.get(id);
        return { name: finding ? localized(finding.title, language) : '' };
      }
      case 'material': {
        const material = materials.get(id);
        return { name: material ? localized(material.title, language) : '' };
      }
      case 'attachment': {
        const attachment = attachments.get(id) as { fileName?: string } | undefined;
        return { name: attachment?.fileName ?? '' };
      }
      case 'event': {
        const event = events.get(id);
        return { name: event ? eventLabel(event, language) : '' };
      }
      case 'organisation': {
        const organisation = organisations.get(id);
        return { name: organisation ? localized(organisation.name, language) : '' };
      }
      case 'delegate': {
        const delegate = delegates.get(id);
        return { name: delegate ? delegateName(delegate, language) : '' };
      }
      case 'contact': {
        const contact = contacts.get(id);
        return { name: contact ? contactName(contact, language) : '' };
      }
    }
  };
}
