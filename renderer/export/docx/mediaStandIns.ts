import { deflateSync, inflateSync } from 'fflate';
import { crc32 } from '../../lib/zip/crc32';
import { zipChunks } from '../../lib/zip/zipChunks';
import { readZipEntries, type ZipEntry } from '../../lib/zip/zipEntries';

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

/** Stand-ins are the marker and an id: anything longer is not one. */
const MAX_STAND_IN_LENGTH = 200;

function standInId(bytes: Uint8Array): string | null {
  if (bytes.length > MAX_STAND_IN_LENGTH) return null;
  const text = decoder.decode(bytes);
  return text.startsWith(MARKER) ? text.slice(MARKER.length) : null;
}

/** Stand-ins for every photo, by attachment id (what the writers read from the write context). */
export function standInsFor(media: ReadonlyMap<string, Uint8Array>): Map<string, Uint8Array> {
  return new Map([...media.keys()].map((id) => [id, mediaStandIn(id)]));
}

/**
 * The package with each stand-in replaced by its photo, stored (JPEG and PNG gain nothing from
 * deflating); the XML parts are passed on as `docx` compressed them, in its order. Chunks to
 * write one after another: the photos' bytes are not copied.
 */
export function withRealMedia(
  packed: Uint8Array,
  media: ReadonlyMap<string, Uint8Array>,
  patches: Readonly<Record<string, (xml: string) => string>> = {},
): Uint8Array[] {
  const entries = readZipEntries(packed).map((entry): ZipEntry => {
    const path = decoder.decode(entry.name);
    const patch = patches[path];
    if (patch) {
      // A small XML part changed after `docx` wrote it (styles.xml: see styles.ts).
      const xml = encoder.encode(
        patch(decoder.decode(entry.compression === 0 ? entry.data : inflateSync(entry.data))),
      );
      return { ...entry, compression: 8, crc: crc32(xml), size: xml.length, data: deflateSync(xml) };
    }
    if (!path.startsWith('word/media/') || entry.size > MAX_STAND_IN_LENGTH) return entry;
    const id = standInId(entry.compression === 0 ? entry.data : inflateSync(entry.data));
    if (id === null) return entry;
    const real = media.get(id);
    if (real === undefined) throw new Error(`No photo for the media part ${path}`);
    return { ...entry, compression: 0, crc: crc32(real), size: real.length, data: real };
  });
  return zipChunks(entries);
}
