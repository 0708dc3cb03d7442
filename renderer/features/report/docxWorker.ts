/// <reference lib="webworker" />
import type { DocumentModel } from '../../domain/report/model';
import { writeDocx } from '../../export/docx/writeDocument';
import type { PresetId } from '../../export/docx/presets';

/**
 * Writes a .docx off the main thread: laying the report out for its table of contents takes
 * seconds, and the window must stay responsive meanwhile.
 */
export interface DocxJob {
  model: DocumentModel;
  preset: PresetId;
  /** A draft: marked as such, with the texts taken from another language highlighted. */
  draft: boolean;
}
export type DocxResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<DocxJob>) => {
  try {
    const bytes = await writeDocx(event.data.model, event.data.preset, { draft: event.data.draft });
    scope.postMessage({ ok: true, bytes } satisfies DocxResult, [bytes.buffer]);
  } catch (error) {
    scope.postMessage({
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    } satisfies DocxResult);
  }
};
