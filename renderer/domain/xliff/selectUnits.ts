import type { Language, LocalizedText, TourEvent, TranslationMeta } from '../entities';
import {
  translatableFields,
  type TranslatableField,
  type TranslatableKind,
  type TranslatableTour,
} from '../findings';
import { glossaryEntriesFor, termMatcher, type GlossaryTerm } from '../glossary/glossary';
import { hasText, pickText } from '../localizedText';
import { contactName, delegateName, eventLabel, localized } from '../names/recordLabels';
import { translationState } from '../translations';
import { textFingerprint, type XliffDocument, type XliffNote, type XliffUnit } from './model';

/**
 * Which texts go to the file: all of them, only those not yet translated into the target, or only
 * the translations needing review (their source changed since they were made).
 */
export const XLIFF_SELECTIONS = ['all', 'missing', 'review'] as const;
export type XliffSelection = (typeof XLIFF_SELECTIONS)[number];

export interface XliffExportRequest {
  source: Language;
  target: Language;
  which: XliffSelection;
  /** One kind of record, or every kind. */
  kind: TranslatableKind | 'all';
  /** The texts of one key point (its findings, their recommendations and photos, its visits), or all. */
  themeId: string | null;
  /** The tour's agreed terms: those a unit's source uses travel with it. */
  glossary?: readonly GlossaryTerm[];
  /** The name of a kind of record in the notes (the interface language; English in the CLI). */
  kindLabel?: (kind: TranslatableKind) => string;
}

export interface XliffExport {
  document: XliffDocument;
  /** Texts that matched the request but have no version in the source language: not in the file. */
  withoutSource: number;
}

const byId = <T extends { id: string }>(records: readonly T[] | undefined) =>
  new Map((records ?? []).map((record) => [record.id, record]));

/**
 * The record-level facts a translator needs beside a text: what it is, its title, the visit it
 * was seen on, and which key point it belongs to (for the selection by key point).
 */
function describer(tour: TranslatableTour, language: Language) {
  const findings = byId(tour.findings);
  const events = byId(tour.events);
  const materials = byId(tour.materials);
  const organisations = byId(tour.organisations);
  const delegates = byId(tour.delegates);
  const contacts = byId(tour.contacts);
  const recommendations = byId(tour.recommendations);
  const attachments = byId(tour.attachments as readonly ({ id: string } & Record<string, unknown>)[]);
  const title = (text: LocalizedText | undefined) => (text ? localized(text, language) : '');
  const firstLine = (text: LocalizedText | undefined) => title(text).split('\n')[0]?.slice(0, 120) ?? '';

  const findingOf = (field: TranslatableField) => {
    if (field.kind === 'finding') return findings.get(field.recordId);
    if (field.kind !== 'attachment') return undefined;
    const attachment = attachments.get(field.recordId);
    return attachment?.ownerType === 'finding' ? findings.get(String(attachment.ownerId)) : undefined;
  };

  const eventOf = (field: TranslatableField): TourEvent | undefined => {
    if (field.kind === 'event') return events.get(field.recordId);
    if (field.kind === 'material') {
      const eventId = materials.get(field.recordId)?.eventId;
      return eventId ? events.get(eventId) : undefined;
    }
    const eventId = findingOf(field)?.eventId;
    return eventId ? events.get(eventId) : undefined;
  };

  const recordTitle = (field: TranslatableField): string => {
    const id = field.recordId;
    switch (field.kind) {
      case 'tour':
        return title(tour.tour.title);
      case 'theme':
        return title(tour.themes.find((theme) => theme.id === id)?.title);
      case 'finding':
        return title(findings.get(id)?.title);
      case 'recommendation':
        return firstLine(recommendations.get(id)?.text);
      case 'attachment':
        return String(attachments.get(id)?.fileName ?? '');
      case 'material':
        return title(materials.get(id)?.title);
      case 'event': {
        const event = events.get(id);
        return event ? eventLabel(event, language) : '';
      }
      case 'organisation':
        return title(organisations.get(id)?.name);
      case 'delegate': {
        const delegate = delegates.get(id);
        return delegate ? delegateName(delegate, language) : '';
      }
      case 'contact': {
        const contact = contacts.get(id);
        return contact ? contactName(contact, language) : '';
      }
    }
  };

  /** The key points a text belongs to; empty for texts of the tour as a whole and of people. */
  const themesOf = (field: TranslatableField): readonly string[] => {
    switch (field.kind) {
      case 'theme':
        return [field.recordId];
      case 'finding':
      case 'attachment': {
        const themeId = findingOf(field)?.themeId;
        return themeId ? [themeId] : [];
      }
      case 'recommendation':
        return (recommendations.get(field.recordId)?.findingIds ?? []).flatMap((findingId) => {
          const themeId = findings.get(findingId)?.themeId;
          return themeId ? [themeId] : [];
        });
      case 'event':
      case 'material':
        return eventOf(field)?.themeIds ?? [];
      default:
        return [];
    }
  };

  /** The translation notes of the record a text belongs to. */
  const metaOf = (field: TranslatableField): TranslationMeta | undefined => {
    const lists: Partial<Record<TranslatableKind, ReadonlyMap<string, object>>> = {
      finding: findings,
      event: events,
      material: materials,
      organisation: organisations,
      delegate: delegates,
      contact: contacts,
      recommendation: recommendations,
      attachment: attachments,
    };
    const record =
      field.kind === 'tour'
        ? tour.tour
        : field.kind === 'theme'
          ? tour.themes.find((theme) => theme.id === field.recordId)
          : lists[field.kind]?.get(field.recordId);
    return (record as { translationMeta?: TranslationMeta } | undefined)?.translationMeta;
  };

  return { recordTitle, eventOf, themesOf, metaOf };
}

/**
 * The tour's texts a request asks for, as XLIFF units with their notes (kind, title, visit), the
 * glossary terms each source uses, and the fingerprints that tell on import what changed since.
 */
export function xliffExportOf(tour: TranslatableTour, request: XliffExportRequest): XliffExport {
  const { source, target } = request;
  const describe = describer(tour, source);
  const kindLabel = request.kindLabel ?? ((kind: TranslatableKind) => kind);
  const termsIn = termMatcher(request.glossary ?? [], source, target);
  let withoutSource = 0;
  const units: XliffUnit[] = [];
  for (const field of translatableFields(tour)) {
    if (request.kind !== 'all' && field.kind !== request.kind) continue;
    if (request.which === 'missing' && hasText(field.text, target)) continue;
    if (
      request.which === 'review' &&
      translationState(describe.metaOf(field), field.field, field.text, target).status !== 'needsReview'
    )
      continue;
    if (request.themeId !== null && !describe.themesOf(field).includes(request.themeId)) continue;
    if (!hasText(field.text, source)) {
      withoutSource += 1;
      continue;
    }
    const sourceText = field.text[source] ?? '';
    const targetText = field.text[target] ?? '';
    const notes: XliffNote[] = [{ category: 'kind', text: kindLabel(field.kind) }];
    const title = describe.recordTitle(field);
    if (title !== '') notes.push({ category: 'title', text: title });
    const event = describe.eventOf(field);
    if (event && field.kind !== 'event') notes.push({ category: 'visit', text: eventLabel(event, source) });
    units.push({
      id: field.key,
      source: sourceText,
      target: targetText,
      notes,
      glossary: glossaryEntriesFor(termsIn(sourceText), source, target),
      sourceAtExport: textFingerprint(sourceText),
      targetAtExport: textFingerprint(targetText),
    });
  }
  return {
    document: { srcLang: source, trgLang: target, original: pickText(tour.tour.title, source).value, units },
    withoutSource,
  };
}
