import { Packer, type Document } from 'docx';
import { deflateSync } from 'fflate';
import { crc32 as crc32InJs } from '../../lib/zip/crc32';
import { zipChunks } from '../../lib/zip/zipChunks';
import type { ZipEntry } from '../../lib/zip/zipEntries';
import { standInId } from './mediaStandIns';

/**
 * Packs a `docx` document into a .docx without `Packer.pack`'s zip: `docx` compiles the parts
 * (its own step, the same as in `pack`) and this module zips them, so that
 * - the photos (stand-ins in `docx`, see mediaStandIns.ts) are stored as they are, never deflated
 *   (JPEG and PNG gain nothing) nor zipped, read back and inflated again to be swapped in;
 * - the XML parts are deflated by the platform's native DEFLATE (`CompressionStream`, in browsers,
 *   workers and Node) where it exists, several times faster than fflate's, which stays the fallback;
 * - a part can be patched as text before it is compressed (styles.xml, see styles.ts).
 * The package is handed out as chunks to write one after another: the photos' bytes are not copied.
 */

/** `Packer.pack` is `zip(compiler.compile(file, prettify, overrides))`; the compiler is the step we reuse. */
interface Compiler {
  compile(
    file: Document,
    prettify?: string,
    overrides?: readonly unknown[],
  ): Map<string, string | Uint8Array | ArrayBuffer>;
}

function compilerOf(packer: unknown): Compiler {
  const compiler = (packer as { compiler?: Partial<Compiler> }).compiler;
  if (typeof compiler?.compile !== 'function') throw new Error('docx: Packer.compiler is not there any more');
  return compiler as Compiler;
}

export interface PackOptions {
  /** Each photo's bytes by attachment id: what replaces its stand-in. */
  media: ReadonlyMap<string, Uint8Array>;
  /** Parts changed as text after `docx` wrote them, by path. */
  patches?: Readonly<Record<string, (xml: string) => string>>;
  /** A faster CRC-32 where the platform has one (Node's zlib.crc32); the JavaScript one otherwise. */
  crc32?: (bytes: Uint8Array) => number;
  /** A faster raw DEFLATE where the platform has one (the CLI: Node's zlib, off the main thread). */
  deflateRaw?: (bytes: Uint8Array<ArrayBuffer>) => Promise<Uint8Array>;
}

const encoder = new TextEncoder();
const UTF8_NAMES = 0x800;

async function deflateRaw(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  if (typeof CompressionStream === 'undefined') return deflateSync(bytes);
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** MS-DOS time and date of a zip entry, in local time as zip tools read it. */
function dosTime(now: Date): { time: number; date: number } {
  return {
    time: (now.getHours() << 11) | (now.getMinutes() << 5) | (now.getSeconds() >> 1),
    date: ((Math.max(1980, now.getFullYear()) - 1980) << 9) | ((now.getMonth() + 1) << 5) | now.getDate(),
  };
}

export async function packDocx(document: Document, options: PackOptions): Promise<Uint8Array[]> {
  const crc32 = options.crc32 ?? crc32InJs;
  const deflate = options.deflateRaw ?? deflateRaw;
  const parts = compilerOf(Packer).compile(document);
  const { time, date } = dosTime(new Date());
  const entries = await Promise.all(
    [...parts].map(async ([path, content]): Promise<ZipEntry> => {
      const name = encoder.encode(path);
      const base = { name, flags: UTF8_NAMES, time, date };
      if (typeof content !== 'string') {
        const bytes = ArrayBuffer.isView(content)
          ? new Uint8Array(content.buffer, content.byteOffset, content.byteLength)
          : new Uint8Array(content as ArrayBuffer);
        const id = path.startsWith('word/media/') ? standInId(bytes) : null;
        const real = id === null ? bytes : options.media.get(id);
        if (real === undefined) throw new Error(`No photo for the media part ${path}`);
        return { ...base, compression: 0, crc: crc32(real), size: real.length, data: real };
      }
      const patch = options.patches?.[path];
      const xml = encoder.encode(patch ? patch(content) : content);
      return { ...base, compression: 8, crc: crc32(xml), size: xml.length, data: await deflate(xml) };
    }),
  );
  return zipChunks(entries);
}
