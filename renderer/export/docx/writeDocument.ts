import { Document } from 'docx';
import type { DocumentModel, PhotoItem } from '../../domain/documents/model';
import { photosIn } from './photosIn';
import { placeAndYear } from './common';
import { contentsPageNumbers } from './contentsPageNumbers';
import type { ContentsLayoutReport } from './layout/layoutEstimator';
import { unmeasuredCharacters } from './layout/unmeasured';
import { sectionOptions, type DocumentChild, type WriteContext } from './blocks';
import { docText } from './docStrings';
import { fallbackMarker, withFallbackMarks } from './draftMarks';
import { dateWriter } from './formatDates';
import { standInsFor } from './mediaStandIns';
import { packDocx } from './packDocx';
import { joinChunks } from '../../lib/zip/zipChunks';
import { PRESETS, type PresetId } from './presets';
import { sanitizeModel } from './sanitize';
import { documentNumbering, documentStyles, withUnhyphenatedStyles } from './styles';
import { reportChildren } from './writeReport';
import { briefChildren, contactsChildren, memoChildren, programmeChildren } from './writeWorkingDocuments';

async function readImages(
  photos: readonly PhotoItem[],
  known: ReadonlyMap<string, Uint8Array> | undefined,
): Promise<Map<string, Uint8Array>> {
  const entries = await Promise.all(
    photos.map(
      async (item) =>
        [
          item.attachmentId,
          known?.get(item.attachmentId) ?? new Uint8Array(await item.blob.arrayBuffer()),
        ] as const,
    ),
  );
  return new Map(entries);
}

function children(ctx: WriteContext, model: DocumentModel): DocumentChild[] {
  switch (model.kind) {
    case 'report':
      return reportChildren(ctx, model);
    case 'programme':
      return programmeChildren(ctx, model);
    case 'contacts':
      return contactsChildren(ctx, model);
    case 'memo':
      return memoChildren(ctx, model);
    case 'brief':
      return briefChildren(ctx, model);
  }
}

/**
 * Writes a document model as .docx bytes in the model's language with a formatting preset.
 * Every text from the data passes the sanitiser here, at the border, and nowhere else.
 */
export interface WriteOptions {
  /**
   * Lay the report out to write the page numbers of its table of contents (layout/paginate.ts),
   * so Word and LibreOffice show it complete without updating fields. On unless false: tests of
   * structure skip it.
   */
  tocPageNumbers?: boolean;
  /** Hears what laying the report out found: its pages, and whether any text was measured by a guess. */
  onContentsLayout?: (report: ContentsLayoutReport) => void;
  /**
   * Photos' bytes already in memory, by attachment id (a backup just read): reading 300 Blobs
   * back costs a quarter of a second in Node. Photos not in it are read from their Blobs.
   */
  attachmentBytes?: ReadonlyMap<string, Uint8Array>;
  /**
   * A draft: "ПРОЕКТ" / "DRAFT" … at the right of every page's header, title page included, and
   * the texts taken from another language highlighted, so that nobody sends it as it is.
   */
  draft?: boolean;
  /** A faster CRC-32 where the platform has one (the CLI: Node's zlib.crc32) for the photos' checksums. */
  crc32?: (bytes: Uint8Array) => number;
  /** A faster raw DEFLATE where the platform has one (the CLI: Node's zlib) for the XML parts. */
  deflateRaw?: (bytes: Uint8Array<ArrayBuffer>) => Promise<Uint8Array>;
  /**
   * Hears the characters of the report the layout's width table does not know (unmeasured.ts),
   * worked out once here for the contents: the CLI names them to the user.
   */
  onUnmeasured?: (characters: readonly string[]) => void;
}

/** The .docx as one array of bytes (what the app saves and the tests read). */
export async function writeDocx(
  unsafeModel: DocumentModel,
  presetId: PresetId,
  options: WriteOptions = {},
): Promise<Uint8Array<ArrayBuffer>> {
  return joinChunks(await writeDocxChunks(unsafeModel, presetId, options));
}

/** The .docx as chunks to write one after another, without joining its photos into one copy (the CLI). */
export async function writeDocxChunks(
  unsafeModel: DocumentModel,
  presetId: PresetId,
  options: WriteOptions = {},
): Promise<Uint8Array[]> {
  const model = sanitizeModel(unsafeModel);
  const preset = PRESETS[presetId];
  const t = docText(model.language);
  const media = await readImages(photosIn(model), options.attachmentBytes);
  const ctx: WriteContext = {
    language: model.language,
    preset,
    t,
    dates: dateWriter(model.language, preset),
    images: standInsFor(media),
    ...(options.draft ? { draftMark: t('draft.mark') } : {}),
  };
  const numbered = contentsPageNumbers(model, options.tocPageNumbers, options.onContentsLayout);
  const unmeasured = numbered === undefined ? [] : unmeasuredCharacters(model);
  options.onUnmeasured?.(unmeasured);
  const marker = options.draft ? fallbackMarker(model.fallbacks) : null;
  const document = withFallbackMarks(marker, () => buildDocx(ctx, model, numbered, unmeasured.length > 0));
  return packDocx(document, {
    media,
    patches: { 'word/styles.xml': withUnhyphenatedStyles },
    ...(options.crc32 ? { crc32: options.crc32 } : {}),
    ...(options.deflateRaw ? { deflateRaw: options.deflateRaw } : {}),
  });
}

function buildDocx(
  ctx: WriteContext,
  model: DocumentModel,
  numbered: ReturnType<typeof contentsPageNumbers>,
  guessesWidths: boolean,
): Document {
  const { t, preset } = ctx;
  return new Document({
    creator: t('ministry'),
    lastModifiedBy: t('ministry'),
    title: model.tour.title,
    description: t(`titles.${model.kind}`),
    // Running text is hyphenated in the document language (w:lang on the styles); tables,
    // headings and the title block are not (styles.ts, UNHYPHENATED_STYLES).
    hyphenation: { autoHyphenation: true, consecutiveHyphenLimit: 2, doNotHyphenateCaps: true },
    styles: documentStyles(preset, model.language),
    numbering: documentNumbering(preset),
    pageNumbers: numbered,
    // Word is asked to update the contents on opening only when the layout had to guess a width:
    // a question each time the file is opened, which a clerk forwarding it untouched should not get.
    features: numbered !== undefined && guessesWidths ? { updateFields: true } : undefined,
    sections: [
      sectionOptions(
        ctx,
        children(ctx, model),
        model.kind === 'report' ? placeAndYear(model.requisites, model.tour) : '',
      ),
    ],
  });
}
