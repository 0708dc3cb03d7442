import type { DocumentModel, PhotoItem } from '../../domain/documents/model';

/** The photos a document prints (what its package must hold). */
export function photosIn(model: DocumentModel): PhotoItem[] {
  switch (model.kind) {
    case 'report':
      return model.chapters.flatMap((c) => c.groups.flatMap((g) => g.findings.flatMap((f) => f.photos)));
    case 'memo':
      return model.findings.flatMap((f) => f.photos);
    default:
      return [];
  }
}
