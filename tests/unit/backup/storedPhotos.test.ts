import { beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LIMITS, makeBackup, readBackupFile } from '../../../renderer/db/backup';
import type { Attachment } from '../../../renderer/domain/entities';
import { resetDb } from '../db/resetDb';
import { bytesOf, sampleTourWithPhoto } from './laptop';

// Real IndexedDB work on shared, often overloaded machines: allow more than the default 5 s.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const PHOTO = new Uint8Array([0xff, 0xd8, 10, 20, 30, 40, 50, 60, 0xff, 0xd9]);

/** The same zip with a comment after its end record, as some zip tools leave. */
function withZipComment(bytes: Uint8Array, comment: string): Uint8Array {
  const text = new TextEncoder().encode(comment);
  const commented = new Uint8Array(bytes.length + text.length);
  commented.set(bytes);
  commented.set(text, bytes.length);
  new DataView(commented.buffer).setUint16(bytes.length - 2, text.length, true);
  return commented;
}

async function photoBytes(bytes: Uint8Array) {
  const decoded = await readBackupFile(bytes);
  const [photo] = decoded.data.records.attachments as Attachment[];
  return bytesOf(photo!.blob);
}

describe('photos stored in a backup', () => {
  let backup: Uint8Array;
  beforeAll(async () => {
    await resetDb();
    await sampleTourWithPhoto(PHOTO);
    backup = (await makeBackup('everything', '0.1.0')).bytes;
  });

  it('come back byte for byte', async () => {
    expect(await photoBytes(backup)).toEqual(Array.from(PHOTO));
  });

  it('come back from a zip another tool has touched (with a comment), read the slower way', async () => {
    expect(await photoBytes(withZipComment(backup, 'checked by the archive tool'))).toEqual(
      Array.from(PHOTO),
    );
  });

  it('are their own bytes, not a window onto the file that changes with it', async () => {
    const file = backup.slice();
    const decoded = await readBackupFile(file);
    file.fill(0);
    const [photo] = decoded.data.records.attachments as Attachment[];
    expect(await bytesOf(photo!.blob)).toEqual(Array.from(PHOTO));
  });

  it('can be handed out as bytes beside their Blobs, for a reader that needs the bytes (the exporter)', async () => {
    const decoded = await readBackupFile(backup, DEFAULT_LIMITS, { keepAttachmentBytes: true });
    const [photo] = decoded.data.records.attachments as Attachment[];
    expect(Array.from(decoded.attachmentBytes?.get(photo!.id) ?? [])).toEqual(Array.from(PHOTO));
    expect((await readBackupFile(backup)).attachmentBytes).toBeUndefined();
  });
});
