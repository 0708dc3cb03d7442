import { strFromU8, unzipSync } from 'fflate';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { makeBackup } from '../../../renderer/db/backup';
import { db } from '../../../renderer/db/database';
import { draftKey, writeDraft } from '../../../renderer/db/drafts';
import { exportForExchange } from '../../../renderer/db/exchange';
import { sampleTourWithPhoto } from '../backup/laptop';
import { resetDb } from '../db/resetDb';

// Real IndexedDB work on shared, often overloaded machines: allow more than the default 5 s.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

beforeEach(resetDb);

describe('drafts stay on this laptop', () => {
  const SECRET = 'Черновик, который не должен уехать';

  /** Every file of a bundle, unpacked, as text. */
  const filesOf = (bytes: Uint8Array) =>
    Object.entries(unzipSync(bytes)).map(([path, content]) => ({ path, text: strFromU8(content, true) }));

  it('are never in a backup or an exchange file', async () => {
    const { tourId, findingId } = await sampleTourWithPhoto();
    await writeDraft(draftKey('finding', { id: findingId }), { title: { ru: SECRET } });
    await writeDraft(draftKey('finding', { newIn: tourId }), { title: { ru: SECRET } });
    expect(await db.drafts.count()).toBe(2);

    const bundles = [
      (await makeBackup({ tourId }, '0.1.0')).bytes,
      (await makeBackup('everything', '0.1.0')).bytes,
      (await exportForExchange({ tourId, senderName: 'Colleague', appVersion: '0.1.0' })).bytes,
    ];
    for (const bytes of bundles) {
      const files = filesOf(bytes);
      expect(files.length).toBeGreaterThan(1);
      expect(files.map((file) => file.path).join(' ')).not.toMatch(/draft/i);
      for (const file of files) expect(file.text, file.path).not.toContain(SECRET);
    }
  });
});
