import { randomBytes } from 'node:crypto';
import { crc32 as zlibCrc32 } from 'node:zlib';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { crc32 } from '../../../renderer/lib/zip/crc32';
import { joinChunks, zipChunks } from '../../../renderer/lib/zip/zipChunks';
import { readZipEntries } from '../../../renderer/lib/zip/zipEntries';

describe('the zip written around a document’s photos', () => {
  it('checksums as zip readers do, for every length around the eight-byte steps', () => {
    expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
    for (const length of [0, 1, 7, 8, 9, 15, 16, 17, 1000, 100_003]) {
      const bytes = randomBytes(length);
      expect(crc32(bytes), `length ${length}`).toBe(zlibCrc32(bytes));
    }
  });

  it('passes compressed parts on as they are and gives each part its size and checksum up front', () => {
    const xml = strToU8('<w:document>' + 'Вывод. '.repeat(5000) + '</w:document>');
    const photo = randomBytes(50_000);
    const original = zipSync({
      '[Content_Types].xml': [strToU8('<Types/>'), { level: 6 }],
      'word/document.xml': [xml, { level: 6 }],
      'word/media/фото.jpg': [photo, { level: 0 }],
    });

    const entries = readZipEntries(original);
    expect(entries.map((e) => e.compression)).toEqual([8, 8, 0]);
    const rewritten = joinChunks(zipChunks(entries));

    const files = unzipSync(rewritten);
    expect(Object.keys(files)).toEqual(['[Content_Types].xml', 'word/document.xml', 'word/media/фото.jpg']);
    expect(files['word/document.xml']).toEqual(xml);
    expect(files['word/media/фото.jpg']).toEqual(new Uint8Array(photo));
    const view = new DataView(rewritten.buffer);
    for (const entry of readZipEntries(rewritten)) {
      const name = new TextDecoder().decode(entry.name);
      expect(entry.crc, name).toBe(zlibCrc32(files[name]!));
    }
    // The first local header carries the sizes itself (no data descriptor follows the data).
    expect(view.getUint16(6, true) & 0x8).toBe(0);
    expect(view.getUint32(18, true)).toBe(entries[0]!.data.length);
  });

  it('refuses what is not a zip it wrote, rather than writing a broken document', () => {
    expect(() => readZipEntries(strToU8('not a zip at all, just some text'))).toThrow(/Not a zip/);
  });
});
