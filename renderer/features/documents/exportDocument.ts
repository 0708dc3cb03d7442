import type { DocumentModel } from '../../domain/documents/model';
import type { PresetId } from '../../export/docx/presets';
import { saveFile, type SaveOutcome } from '../../platform';
import { openedPhotos, sealedPhotosOf } from './openedPhotos';
import type { DocxJob, DocxResult } from './docxWorker';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The worker could not run at all (a blocked or missing script): the main thread writes instead. */
class WorkerUnavailable extends Error {}

/** Writes the document in a worker, so the window stays responsive; the writer loads only there. */
function writeInWorker(job: DocxJob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./docxWorker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<DocxResult>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.bytes);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new WorkerUnavailable(event.message || 'The document worker did not start'));
    };
    // Nothing to transfer: photos travel as Blobs (handles), and sealed ones are opened there.
    worker.postMessage(job);
  });
}

/** Where workers are unavailable, the writer is loaded on demand and runs here (sealed photos opened here). */
async function writeHere(job: DocxJob): Promise<Uint8Array> {
  const { writeDocx } = await import('../../export/docx/writeDocument');
  const attachmentBytes = await openedPhotos(job.model);
  return writeDocx(job.model, job.preset, { draft: job.draft, attachmentBytes });
}

/**
 * Writes the document and hands it to the platform (save dialog or download). The docx library is
 * not in the start-up bundle: it is loaded by the worker (or on demand) at the first export.
 */
export async function exportDocument(
  model: DocumentModel,
  preset: PresetId,
  options: { draft?: boolean } = {},
): Promise<SaveOutcome> {
  const draft = options.draft === true;
  // The worker opens sealed photos itself, with the key (openedPhotos.ts).
  const job: DocxJob = { model, preset, draft, sealedPhotos: sealedPhotosOf(model) };
  let bytes: Uint8Array;
  try {
    bytes = typeof Worker === 'undefined' ? await writeHere(job) : await writeInWorker(job);
  } catch (error) {
    if (!(error instanceof WorkerUnavailable)) throw error;
    console.warn(error);
    bytes = await writeHere(job);
  }
  const { documentFileName } = await import('../../export/docx/fileName');
  return saveFile({
    suggestedName: documentFileName(model, { draft }),
    bytes,
    mimeType: DOCX_MIME,
    filters: [{ name: 'Word', extensions: ['docx'] }],
  });
}
