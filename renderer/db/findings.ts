import type { Table } from 'dexie';
import type {
  Attachment,
  Finding,
  LocalizedText,
  Material,
  Recommendation,
  KeyPoint,
  TourOwned,
} from '../domain/entities';
import {
  findingProblems,
  hasProblems,
  keepLiveFindingLinks,
  keyPointProblems,
  keyPointsOfFindings,
  inKeyPointOrder,
  materialProblems,
  nextOrder,
  ordersFor,
  recommendationProblems,
  withoutFinding,
  type FieldProblems,
} from '../domain/findings';
import { MAX_MATERIAL_FILE_BYTES } from '../domain/images/imageRules';
import { db } from './database';
import { sealNewBlobs, sealNewBlobsOf } from './protection/sealNewBlobs';
import * as repos from './repositories';
import { listByTour, type Draft, type Repository, type SaveOptions } from './repository';
import { SaveConflictError, isStillVersion, sameContent, type SaveBasis } from '../domain/merge';
import { moveTrayPhotos } from './photoTrays';

/**
 * Writes of findings, recommendations, key points and materials that touch several records.
 * Each runs in one Dexie transaction: either every record changes or none does, so a link
 * between a recommendation and a finding can never dangle, and a finding never lands without
 * the photos that came with it.
 *
 * `db.settings` is in every scope because each repository save reads the device id from it.
 */

/** A draft broke a rule the form also checks (empty title, no key point). Nothing was written. */
export class DraftProblemsError extends Error {
  constructor(readonly problems: FieldProblems<string>) {
    super(`Cannot save: ${JSON.stringify(problems)}`);
    this.name = 'DraftProblemsError';
  }
}

/** An attached file over the limit. Nothing was written. */
export class FileTooLargeError extends Error {
  constructor(readonly size: number) {
    super(`File too large: ${size} bytes`);
    this.name = 'FileTooLargeError';
  }
}

function guard(problems: FieldProblems<string>): void {
  if (hasProblems(problems)) throw new DraftProblemsError(problems);
}

/** A photo ready to store: already downscaled (see features/findings/images). */
export interface NewPhoto {
  blob: Blob;
  thumbnail: Blob | null;
  width: number;
  height: number;
  fileName: string;
  mimeType: string;
  caption?: LocalizedText;
}

/** A file attached to a material, kept as it came. */
export interface NewFile {
  blob: Blob;
  fileName: string;
  mimeType: string;
}

async function liveAttachmentsOf(ownerId: string): Promise<Attachment[]> {
  const all = await db.attachments.where('ownerId').equals(ownerId).toArray();
  return all.filter((attachment) => attachment.deletedAt === null);
}

async function addPhotos(finding: Finding, photos: readonly NewPhoto[]): Promise<Attachment[]> {
  let order = nextOrder(await liveAttachmentsOf(finding.id));
  const saved: Attachment[] = [];
  for (const photo of photos) {
    saved.push(
      await repos.attachments.save({
        tourId: finding.tourId,
        ownerType: 'finding',
        ownerId: finding.id,
        kind: 'photo',
        fileName: photo.fileName,
        mimeType: photo.mimeType,
        size: photo.blob.size,
        width: photo.width,
        height: photo.height,
        caption: photo.caption ?? {},
        order: order++,
        blob: photo.blob,
        thumbnail: photo.thumbnail,
      }),
    );
  }
  return saved;
}

// ---------------------------------------------------------------- findings

/** What the finding form changed about the photos, saved together with the finding. */
export interface PhotoChanges {
  add?: readonly NewPhoto[];
  /** Attachment ids of photos the user took away. */
  remove?: readonly string[];
  /** New captions of photos already stored (and of tray photos adopted). */
  captions?: Readonly<Record<string, LocalizedText>>;
  /**
   * The versions of the stored photos the form was opened on, by id: a caption is written only
   * over that version; a photo changed meanwhile (another tab, an exchange import) is a conflict,
   * `alongside` the finding, that the user decides (ui/useSaveAction).
   */
  versions?: Readonly<Record<string, SaveBasis>>;
  /** Ids of photos waiting in the tour's trays that move to this finding (db/photoTrays). */
  adopt?: readonly string[];
}

/** Creates or updates a finding together with the photo changes made in the same form, in one transaction. */
export async function saveFinding(
  draft: Draft<Finding>,
  photos: PhotoChanges = {},
  options: SaveOptions = {},
): Promise<Finding> {
  guard(findingProblems(draft));
  // Photos are sealed before the transaction when the database is protected (db/protection).
  const added = await sealNewBlobsOf(photos.add ?? []);
  return db.transaction('rw', [db.findings, db.attachments, db.themes, db.settings], async () => {
    const keyPoint = await repos.themes.get(draft.themeId);
    if (!keyPoint || keyPoint.tourId !== draft.tourId)
      throw new DraftProblemsError({ themeId: 'keyPointRequired' });
    const finding = await repos.findings.save(draft, options);
    const own = await liveAttachmentsOf(finding.id);
    const ownIds = new Set(own.map((attachment) => attachment.id));
    for (const id of photos.remove ?? []) if (ownIds.has(id)) await repos.attachments.remove(id);
    for (const attachment of own) {
      const caption = photos.captions?.[attachment.id];
      if (caption && !photos.remove?.includes(attachment.id))
        await saveCaptionOf(attachment, caption, photos.versions?.[attachment.id], options.alongside);
    }
    await moveTrayPhotos(finding, photos.adopt ?? [], photos.captions);
    await addPhotos(finding, added);
    return finding;
  });
}

/**
 * Writes a stored photo's new caption (nothing when it says what is stored), against the version
 * the form was opened on (`opened`) or the one the user saw in the conflict dialog (`choices`).
 */
async function saveCaptionOf(
  stored: Attachment,
  caption: LocalizedText,
  opened: SaveBasis | undefined,
  choices: SaveOptions['alongside'],
): Promise<void> {
  const choice = choices?.[stored.id];
  const basedOn = choice?.basedOn ?? opened;
  const mine = { ...stored, caption, ...choice?.patch };
  if (sameContent(mine, stored)) return;
  if (basedOn && !isStillVersion(stored, basedOn))
    throw new SaveConflictError(stored, mine, { alongside: true });
  if (choice?.keepStored) return;
  await repos.attachments.save(mine);
}

/**
 * Runs `change` on a finding that exists and is not deleted, in one transaction with the photos: a
 * photo is never attached to a finding deleted meanwhile (in another tab or by an exchange import).
 */
export function changeFindingPhotos<T>(
  findingId: string,
  change: (finding: Finding) => Promise<T>,
): Promise<T> {
  return db.transaction('rw', [db.findings, db.attachments, db.settings], async () => {
    const finding = await repos.findings.get(findingId);
    if (!finding || finding.deletedAt !== null) throw new Error(`No finding ${findingId}`);
    return change(finding);
  });
}

export async function addFindingPhotos(
  findingId: string,
  photos: readonly NewPhoto[],
): Promise<Attachment[]> {
  // Photos are sealed before the transaction when the database is protected (db/protection).
  const sealed = await sealNewBlobsOf(photos);
  return changeFindingPhotos(findingId, (finding) => addPhotos(finding, sealed));
}

export function removeAttachment(attachmentId: string): Promise<void> {
  return repos.attachments.remove(attachmentId);
}

/** Recommendations a deletion would unlink: the UI asks about these first. */
export async function recommendationsBasedOn(
  finding: Pick<Finding, 'id' | 'tourId'>,
): Promise<Recommendation[]> {
  const all = await listByTour(db.recommendations, finding.tourId);
  return all.filter((rec) => rec.findingIds.includes(finding.id));
}

/**
 * Deletes a finding (tombstone), its photos, and its links from every recommendation, in one
 * transaction. Returns the ids of the recommendations that were unlinked. `options.basedOn`: the
 * version the user chose to delete; another version by now deletes nothing (SaveConflictError).
 */
export async function deleteFinding(findingId: string, options: SaveOptions = {}): Promise<string[]> {
  return db.transaction('rw', [db.findings, db.recommendations, db.attachments, db.settings], async () => {
    const finding = await repos.findings.get(findingId);
    if (!finding) return [];
    const affected = await recommendationsBasedOn(finding);
    for (const rec of affected) {
      await repos.recommendations.save({ ...rec, findingIds: withoutFinding(rec.findingIds, findingId) });
    }
    for (const attachment of await liveAttachmentsOf(findingId))
      await repos.attachments.remove(attachment.id);
    await repos.findings.remove(
      findingId,
      { 'recommendations.findingIds': affected.map((rec) => rec.id) },
      options,
    );
    return affected.map((rec) => rec.id);
  });
}

// ---------------------------------------------------------------- recommendations

export type RecommendationDraft = Omit<Draft<Recommendation>, 'order'> & { order?: number };

/**
 * Creates (at the end of the list) or updates a recommendation; links only to live findings and
 * key points of its tour. Without key points given (an older caller or record), it belongs to
 * those of its findings; from then on they are stored, in the tour's order.
 */
export async function saveRecommendation(
  draft: RecommendationDraft,
  options: SaveOptions = {},
): Promise<Recommendation> {
  guard(recommendationProblems(draft));
  return db.transaction('rw', [db.recommendations, db.findings, db.themes, db.settings], async () => {
    const findings = await listByTour(db.findings, draft.tourId);
    const findingIds = keepLiveFindingLinks(draft.findingIds, findings);
    const keyPoints = await listByTour(db.themes, draft.tourId);
    const themeIds = inKeyPointOrder(draft.themeIds ?? keyPointsOfFindings(findingIds, findings), keyPoints);
    const stored = draft.id === undefined ? undefined : await repos.recommendations.get(draft.id);
    const order =
      draft.order ?? stored?.order ?? nextOrder(await listByTour(db.recommendations, draft.tourId));
    return repos.recommendations.save({ ...draft, findingIds, themeIds, order }, options);
  });
}

/** Deletes a recommendation, if it is still the version the user chose to delete (`options.basedOn`). */
export function deleteRecommendation(id: string, options: SaveOptions = {}): Promise<void> {
  return repos.recommendations.remove(id, undefined, options);
}

async function applyOrder<T extends TourOwned & { order: number }>(
  table: Table<T, string>,
  repo: Repository<T>,
  tourId: string,
  orderedIds: readonly string[],
): Promise<void> {
  const items = await listByTour(table, tourId);
  const byId = new Map(items.map((item) => [item.id, item]));
  for (const change of ordersFor(items, orderedIds)) {
    const item = byId.get(change.id);
    // A stored record with its stamps is a valid draft: `save` re-stamps it.
    if (item) await repo.save({ ...item, order: change.order } as Draft<T>);
  }
}

/** Puts the tour's recommendations in the given order (they are numbered 1, 2, 3 … in it). */
export async function reorderRecommendations(tourId: string, orderedIds: readonly string[]): Promise<void> {
  await db.transaction('rw', [db.recommendations, db.settings], () =>
    applyOrder(db.recommendations, repos.recommendations, tourId, orderedIds),
  );
}

// ---------------------------------------------------------------- key points

export async function addKeyPoint(tourId: string, title: LocalizedText): Promise<KeyPoint> {
  guard(keyPointProblems({ title }));
  return db.transaction('rw', [db.themes, db.settings], async () => {
    const order = nextOrder(await listByTour(db.themes, tourId));
    return repos.themes.save({ tourId, title, order });
  });
}

export async function renameKeyPoint(id: string, title: LocalizedText): Promise<KeyPoint> {
  guard(keyPointProblems({ title }));
  return db.transaction('rw', [db.themes, db.settings], async () => {
    const stored = await repos.themes.get(id);
    if (!stored) throw new Error(`No key point ${id}`);
    return repos.themes.save({ ...stored, title });
  });
}

export async function reorderKeyPoints(tourId: string, orderedIds: readonly string[]): Promise<void> {
  await db.transaction('rw', [db.themes, db.settings], () =>
    applyOrder(db.themes, repos.themes, tourId, orderedIds),
  );
}

// ---------------------------------------------------------------- materials

/**
 * Creates or updates a material. `file`: a new file replaces the attached one, `null` removes
 * it, `undefined` leaves it as it is.
 */
export async function saveMaterial(
  draft: Draft<Material>,
  file?: NewFile | null,
  options: SaveOptions = {},
): Promise<Material> {
  guard(materialProblems(draft));
  if (file && file.blob.size > MAX_MATERIAL_FILE_BYTES) throw new FileTooLargeError(file.blob.size);
  file = file && (await sealNewBlobs(file));
  return db.transaction('rw', [db.materials, db.attachments, db.settings], async () => {
    let material = await repos.materials.save(draft, options);
    if (file === undefined) return material;
    if (material.attachmentId) await repos.attachments.remove(material.attachmentId);
    let attachmentId: string | null = null;
    if (file) {
      const attachment = await repos.attachments.save({
        tourId: material.tourId,
        ownerType: 'material',
        ownerId: material.id,
        kind: 'file',
        fileName: file.fileName,
        mimeType: file.mimeType || 'application/octet-stream',
        size: file.blob.size,
        width: null,
        height: null,
        caption: {},
        order: 0,
        blob: file.blob,
        thumbnail: null,
      });
      attachmentId = attachment.id;
    }
    material = await repos.materials.save({ ...material, attachmentId });
    return material;
  });
}

/** Deletes a material with its file, if it is still the version the user chose to delete (`options.basedOn`). */
export async function deleteMaterial(id: string, options: SaveOptions = {}): Promise<void> {
  await db.transaction('rw', [db.materials, db.attachments, db.settings], async () => {
    for (const attachment of await liveAttachmentsOf(id)) await repos.attachments.remove(attachment.id);
    await repos.materials.remove(id, undefined, options);
  });
}

// ---------------------------------------------------------------- translation

// Translations are written by db/translations.ts (kept there beside their review notes).
export { saveTranslation, type TextSaveOptions } from './translations';
