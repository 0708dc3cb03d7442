import { describe, expect, it } from 'vitest';
import { readBackupFile } from '../../../renderer/db/backup';
import { buildDocument } from '../../../renderer/domain/documents/buildDocument';
import { loadBackupFile } from '../../../renderer/cli/loadBackupFile';
import { generateTour, SMALL_TOUR } from '../../bench/generate/largeTour';
import { backupBytes } from '../../bench/generate/writeBackup';

// The benchmark's generator at a small scale: valid records, deterministic, a backup the app reads.
describe('bench tour generator (small scale)', () => {
  it('makes the counts asked for, with Hungarian names in Cyrillic and half the findings in English', () => {
    const bundle = generateTour(SMALL_TOUR, 7);
    expect(bundle.events).toHaveLength(SMALL_TOUR.events);
    expect(bundle.contacts).toHaveLength(SMALL_TOUR.contacts);
    expect(bundle.organisations).toHaveLength(SMALL_TOUR.organisations);
    expect(bundle.findings).toHaveLength(SMALL_TOUR.findings);
    expect(bundle.attachments).toHaveLength(SMALL_TOUR.photos);
    expect(bundle.findings.filter((f) => f.text.en !== undefined)).toHaveLength(SMALL_TOUR.findings / 2);
    expect(bundle.findings[0]!.text.ru).toContain('\n\n');
    for (const contact of bundle.contacts) {
      expect(contact.cyrillic.ru?.familyName).toMatch(/^[А-ЯЁа-яё -]+$/);
      expect(contact.cyrillic.be?.familyName).toMatch(/^[А-ЯЁІЎа-яёіў' -]+$/);
    }
  });

  it('is deterministic for a seed', () => {
    const a = generateTour(SMALL_TOUR, 7);
    const b = generateTour(SMALL_TOUR, 7);
    expect(a.findings.map((f) => f.id)).toEqual(b.findings.map((f) => f.id));
    expect(a.contacts.map((c) => c.familyName)).toEqual(b.contacts.map((c) => c.familyName));
  });

  it('writes a backup that the app restores and the CLI exporter turns into a report model', async () => {
    const bundle = generateTour(SMALL_TOUR, 7);
    const bytes = await backupBytes(bundle);
    const decoded = await readBackupFile(bytes);
    expect(decoded.data.records.findings).toHaveLength(SMALL_TOUR.findings);
    const photo = decoded.data.records.attachments[0] as unknown as { blob: Blob };
    const head = new Uint8Array(await photo.blob.arrayBuffer()).slice(0, 3);
    expect([...head]).toEqual([0xff, 0xd8, 0xff]); // a JPEG

    const loaded = await loadBackupFile(bytes);
    const model = buildDocument(loaded.bundle, {
      kind: 'report',
      language: 'ru',
      onlyIncludedFindings: true,
      eventId: null,
    });
    expect(model.kind).toBe('report');
  });
});
