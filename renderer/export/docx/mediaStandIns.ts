/**
 * Photos go through `docx` as small stand-ins and their bytes are put into the finished package
 * afterwards, stored without compression (packDocx.ts). Why: `docx` hashes every image with a SHA-1 written in
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

/** Stand-ins are the marker and an id: anything longer is not one. */
const MAX_STAND_IN_LENGTH = 200;

/** The attachment id a media part's bytes stand in for, or null when they are a real picture. */
export function standInId(bytes: Uint8Array): string | null {
  if (bytes.length > MAX_STAND_IN_LENGTH) return null;
  const text = decoder.decode(bytes);
  return text.startsWith(MARKER) ? text.slice(MARKER.length) : null;
}

/** Stand-ins for every photo, by attachment id (what the writers read from the write context). */
export function standInsFor(media: ReadonlyMap<string, Uint8Array>): Map<string, Uint8Array> {
  return new Map([...media.keys()].map((id) => [id, mediaStandIn(id)]));
}
