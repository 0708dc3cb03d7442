import type { DocumentModel } from '../../domain/report/model';
import type { PresetId } from '../../export/docx/presets';
import { saveFile, type SaveOutcome } from '../../platform';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/**
 * Writes the document and hands it to the platform (save dialog or download). The writer and
 * the docx library are loaded here, on first export, so they are not in the start-up bundle.
 */
export async function exportDocument(model: DocumentModel, preset: PresetId): Promise<SaveOutcome> {
  const { writeDocx, documentFileName } = await import('../../export/docx');
  const bytes = await writeDocx(model, preset);
  return saveFile({
    suggestedName: documentFileName(model),
    bytes,
    mimeType: DOCX_MIME,
    filters: [{ name: 'Word', extensions: ['docx'] }],
  });
}
