import type { DocumentModel } from './model';

/**
 * A part of a document that is left out because it has nothing to say: an official document
 * never prints "not written yet". The Documents screen and the Overview name these so the user
 * can fill them in before the export, or send the document without them knowingly.
 */
export type LeftOutSection =
  | { section: 'keyPoint'; title: string }
  | { section: 'delegation' | 'programme' | 'recommendations' | 'conclusions' | 'personsMet' | 'materials' }
  | { section: 'findings' };

/** What the writer leaves out of this document, in the order the document would have had it. */
export function leftOutSections(model: DocumentModel): LeftOutSection[] {
  const out: LeftOutSection[] = [];
  const when = (condition: boolean, section: LeftOutSection) => {
    if (condition) out.push(section);
  };
  switch (model.kind) {
    case 'report':
      when(model.delegation.length === 0, { section: 'delegation' });
      for (const title of model.emptyKeyPoints ?? []) out.push({ section: 'keyPoint', title });
      when(model.recommendations.length === 0, { section: 'recommendations' });
      when(model.tour.conclusions.trim() === '', { section: 'conclusions' });
      when(model.programme.length === 0, { section: 'programme' });
      when(model.personsMet.length === 0, { section: 'personsMet' });
      when(model.materials.length === 0, { section: 'materials' });
      break;
    case 'programme':
      when(model.programme.length === 0, { section: 'programme' });
      when(model.delegation.length === 0, { section: 'delegation' });
      break;
    case 'contacts':
      when(model.personsMet.length === 0, { section: 'personsMet' });
      break;
    case 'memo':
      when(model.findings.length === 0, { section: 'findings' });
      break;
    case 'brief':
      when(model.recommendations.length === 0, { section: 'recommendations' });
      break;
  }
  return out;
}
