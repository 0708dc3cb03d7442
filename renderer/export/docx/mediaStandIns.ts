import { unzipSync, zipSync, type Zippable } from 'fflate';

/**
 * Photos go through `docx` as small stand-ins and their bytes are put into the finished package
 * afterwards, stored without compression. Why: `docx` hashes every image with a SHA-1 written in
 * JavaScript (to name it) and deflates it in the zip; JPEG and PNG are already compressed, so
 * deflating them gains next to nothing, and on a report with 300 photos (60 MB) hashing and
 * deflating them were two thirds of the export time (see README, Benchmarks).
 */
const MARKER = 'delegation-desk-media:';
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The bytes `docx` is given for the photo of an attachment: unique per attachment, so one photo is one media file. */
export function mediaStandIn(attachmentId: string): Uint8Array {
  return encoder.encode(`${MARKER}${attachmentId}`);
}

function standInId(bytes: Uint8Array): string | null {
  if (bytes.length > 200) return null;
  const text = decoder.decode(bytes);
  return text.startsWith(MARKER) ? text.slice(MARKER.length) : null;
}

/** Stand-ins for every photo, by attachment id (what the writers read from the write context). */
export function standInsFor(media: ReadonlyMap<string, Uint8Array>): Map<string, Uint8Array> {
  return new Map([...media.keys()].map((id) => [id, mediaStandIn(id)]));
}

/**
 * The package with each stand-in replaced by its photo, stored; the XML parts deflated, in the
 * order `docx` wrote them.
 */
export function withRealMedia(packed: Uint8Array, media: ReadonlyMap<string, Uint8Array>): Uint8Array {
  const parts = unzipSync(packed);
  const zippable: Zippable = {};
  for (const [path, bytes] of Object.entries(parts)) {
    const id = path.startsWith('word/media/') ? standInId(bytes) : null;
    const real = id === null ? undefined : media.get(id);
    if (id !== null && real === undefined) throw new Error(`No photo for the media part ${path}`);
    zippable[path] = real === undefined ? [bytes, { level: 6 }] : [real, { level: 0 }];
  }
  return zipSync(zippable);
}
