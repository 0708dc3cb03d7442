/// <reference lib="webworker" />
import type { DocumentModel } from '../../domain/documents/model';
import { writeDocx } from '../../export/docx/writeDocument';
import type { PresetId } from '../../export/docx/presets';
import { openSealedPhotos, type SealedPhotos } from './openedPhotos';

/**
 * Writes a .docx off the main thread: laying the report out for its table of contents takes
 * seconds, and the window must stay responsive meanwhile.
 */
export interface DocxJob {
  model: DocumentModel;
  preset: PresetId;
  /** A draft: marked as such, with the texts taken from another language highlighted. */
  draft: boolean;
  /**
   * Photos of an encrypted database already opened, by attachment id (the document written on the
   * main thread): a sealed photo's Blob holds its ciphertext.
   */
  attachmentBytes?: ReadonlyMap<string, Uint8Array>;
  /** Photos of an encrypted database for the worker to open itself (openedPhotos.ts). */
  sealedPhotos?: SealedPhotos | null;
}
export type DocxResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<DocxJob>) => {
  try {
    const { model, preset, draft, sealedPhotos } = event.data;
    const attachmentBytes = sealedPhotos
      ? await openSealedPhotos(model, sealedPhotos)
      : event.data.attachmentBytes;
    const bytes = await writeDocx(model, preset, { draft, attachmentBytes });
    scope.postMessage({ ok: true, bytes } satisfies DocxResult, [bytes.buffer]);
  } catch (error) {
    scope.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    } satisfies DocxResult);
  }
};
