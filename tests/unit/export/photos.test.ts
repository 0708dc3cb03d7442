import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { Attachment } from '../../../renderer/domain/entities';
import { buildDocument } from '../../../renderer/domain/documents/buildDocument';
import type { ReportDocument } from '../../../renderer/domain/documents/model';
import { writeDocx } from '../../../renderer/export/docx/writeDocument';
import { readDocx, W } from './readDocx';
import { loadSample } from './sampleBundle';
import { gradientPng } from './testImage';

describe('photos in the report', () => {
  const sample = loadSample();
  const finding = sample.bundle.findings[0]!;
  const photo: Attachment = {
    id: 'photo-1',
    tourId: sample.bundle.tour.id,
    createdAt: finding.createdAt,
    updatedAt: finding.updatedAt,
    deviceId: 'test',
    revision: 1,
    deletedAt: null,
    ownerType: 'finding',
    ownerId: finding.id,
    kind: 'photo',
    fileName: 'IMG_2040.png',
    mimeType: 'image/png',
    size: 0,
    width: 640,
    height: 480,
    caption: { ru: 'Приёмная районного управления', hu: 'A kerületi kapitányság ügyfélfogadója' },
    order: 0,
    blob: new Blob([gradientPng(64, 48)], { type: 'image/png' }),
    thumbnail: null,
  };
  const bundle = { ...sample.bundle, attachments: [photo] };

  it('puts the photo from its Blob under its finding, with a numbered caption in the document language', async () => {
    const model = buildDocument(bundle, { kind: 'report', language: 'be' }) as ReportDocument;
    const item = model.chapters
      .flatMap((c) => c.groups.flatMap((g) => g.findings))
      .find((f) => f.photos.length > 0);
    expect(item?.findingId).toBe(finding.id);
    // No Belarusian caption: the Russian one is used and listed.
    expect(model.fallbacks).toContainEqual(
      expect.objectContaining({ record: 'attachment', field: 'caption', usedLanguage: 'ru' }),
    );
    const read = await readDocx(await writeDocx(model, 'by-stb-6.38-2016', { tocPageNumbers: false }));
    expect(read.text).toContain('Малюнак 1. Приёмная районного управления');
    expect(read.document.getElementsByTagNameNS(W, 'drawing')).toHaveLength(1);
    expect(read.parts['word/_rels/document.xml.rels']).toMatch(/Target="media\/[^"]+\.png"/);
  }, 60_000);

  it('carries the photo byte for byte, once, beside every XML part', async () => {
    const png = gradientPng(64, 48);
    const model = buildDocument(
      { ...bundle, attachments: [{ ...photo, blob: new Blob([png], { type: 'image/png' }) }] },
      { kind: 'report', language: 'ru' },
    );
    const parts = unzipSync(await writeDocx(model, 'by-stb-6.38-2016', { tocPageNumbers: false }));
    const media = Object.entries(parts).filter(([path]) => path.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(Buffer.from(media[0]![1]).equals(Buffer.from(png))).toBe(true);
    expect(Object.keys(parts)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/styles.xml']),
    );
  }, 60_000);

  it('leaves out a photo in a format Word cannot show, and deleted photos', async () => {
    const webp = { ...photo, id: 'photo-2', mimeType: 'image/webp' };
    const deleted = { ...photo, id: 'photo-3', deletedAt: '2026-01-02T00:00:00.000Z' };
    const model = buildDocument(
      { ...bundle, attachments: [webp, deleted] },
      { kind: 'report', language: 'ru' },
    );
    const read = await readDocx(await writeDocx(model, 'by-stb-6.38-2016', { tocPageNumbers: false }));
    expect(read.document.getElementsByTagNameNS(W, 'drawing')).toHaveLength(0);
  }, 60_000);
});
