import {
  DUPLICATE_KINDS,
  EMPTY_SUMMARY,
  addSummaries,
  descend,
  historyOf,
  likelyDuplicates,
  planMerge,
  resolveMerge,
  versionStamp,
  type LikelyDuplicate,
  type MergeDecision,
  type MergeSummary,
  type Resolution,
} from '../../domain/merge';
import type { Attachment } from '../../domain/entities';
import { newId } from '../../domain/ids';
import { decodeBundle, type DecodedBundle } from '../backup/decodeBundle';
import { BackupError, writeError } from '../backup/errors';
import { BUNDLE_KINDS, DEFAULT_LIMITS, type BundleKind, type BundleLimits } from '../backup/format';
import { checkReferences } from '../backup/references';
import { tableOf, type BundleRecord as AnyRecord } from '../backup/tables';
import { nowIso } from '../clock';
import { db } from '../database';
import { withSealedAttachments } from '../protection/sealNewBlobs';
import { deviceId } from '../settings';

/** Two versions of a record made concurrently on two laptops: the user picks. */
export interface ExchangeConflict {
  kind: BundleKind;
  id: string;
  local: AnyRecord;
  incoming: AnyRecord;
  /** Keeping both as separate records makes sense for findings and recommendations that both still exist. */
  canKeepBoth: boolean;
}

/**
 * A record here that the import deletes, or replaces although this laptop changed it: never
 * applied without being named in the preview (a colleague's file says it descends from my
 * version; the user sees which records that touches before confirming).
 */
export interface NamedOverwrite {
  kind: BundleKind;
  id: string;
  change: 'deleted' | 'overwritten';
  local: AnyRecord;
  incoming: AnyRecord;
}

export interface ExchangePlan {
  decoded: DecodedBundle;
  senderName: string;
  senderDeviceId: string;
  /**
   * The key the file is signed with (its fingerprint), or null for a file of before signatures;
   * `knownKey`: this laptop has imported files signed with that key before.
   */
  signature: { fingerprint: string; knownKey: boolean } | null;
  conflicts: ExchangeConflict[];
  /** What the import does apart from the conflicts. */
  preview: MergeSummary;
  overwrites: NamedOverwrite[];
  /** New records of the colleague that look like records already here (the same finding written twice). */
  duplicates: LikelyDuplicate<AnyRecord>[];
}

const KEEP_BOTH_KINDS: ReadonlySet<BundleKind> = new Set(['findings', 'recommendations']);

function recordsOf(decoded: DecodedBundle, kind: BundleKind): AnyRecord[] {
  return kind === 'tours' ? decoded.data.tours : decoded.data.records[kind];
}

/**
 * Decides every incoming record against the current database, by the records' histories
 * alone (what the file says about acknowledgements is not trusted). Runs inside the caller's
 * transaction.
 */
async function decideAll(decoded: DecodedBundle): Promise<Map<BundleKind, MergeDecision<AnyRecord>[]>> {
  const decisions = new Map<BundleKind, MergeDecision<AnyRecord>[]>();
  for (const kind of BUNDLE_KINDS) {
    const incoming = recordsOf(decoded, kind);
    const local = (await tableOf(kind).bulkGet(incoming.map((r) => r.id))).filter(
      (record): record is AnyRecord => record !== undefined,
    );
    decisions.set(kind, planMerge(local, incoming));
  }
  return decisions;
}

function conflictsOf(decisions: Map<BundleKind, MergeDecision<AnyRecord>[]>): ExchangeConflict[] {
  const conflicts: ExchangeConflict[] = [];
  for (const [kind, list] of decisions) {
    for (const decision of list) {
      if (decision.action !== 'conflict') continue;
      const bothLive = decision.local.deletedAt === null && decision.incoming.deletedAt === null;
      conflicts.push({
        kind,
        id: decision.id,
        local: decision.local,
        incoming: decision.incoming,
        canKeepBoth: bothLive && KEEP_BOTH_KINDS.has(kind),
      });
    }
  }
  return conflicts;
}

function overwritesOf(
  decisions: Map<BundleKind, MergeDecision<AnyRecord>[]>,
  myDevice: string,
): NamedOverwrite[] {
  const named: NamedOverwrite[] = [];
  for (const [kind, list] of decisions) {
    for (const decision of list) {
      if (decision.action !== 'update' || decision.quiet || decision.local.deletedAt !== null) continue;
      const { local, incoming } = decision;
      if (incoming.deletedAt !== null)
        named.push({ kind, id: decision.id, change: 'deleted', local, incoming });
      else if ((historyOf(local)[myDevice] ?? 0) > 0)
        named.push({ kind, id: decision.id, change: 'overwritten', local, incoming });
    }
  }
  return named;
}

async function duplicatesOf(
  decisions: Map<BundleKind, MergeDecision<AnyRecord>[]>,
): Promise<LikelyDuplicate<AnyRecord>[]> {
  const found: LikelyDuplicate<AnyRecord>[] = [];
  for (const kind of DUPLICATE_KINDS) {
    const added = (decisions.get(kind) ?? []).filter((d) => d.action === 'add').map((d) => d.incoming);
    if (added.length === 0) continue;
    const tourIds = [...new Set(added.map((record) => (record as { tourId: string }).tourId))];
    const local = await tableOf(kind).where('tourId').anyOf(tourIds).toArray();
    found.push(...likelyDuplicates(kind, added, local));
  }
  return found;
}

/**
 * Who made the file: a file of today's format must be signed, and a laptop whose key is known
 * here must have signed with that key (a file claiming another laptop's name is refused).
 * Unsigned files of format 1 (before signatures) are read, and shown as unsigned.
 */
async function checkSender(decoded: DecodedBundle): Promise<ExchangePlan['signature']> {
  const peer = await db.exchangePeers.get(decoded.manifest.deviceId);
  const name = decoded.manifest.senderName || peer?.name || '';
  if (!decoded.signature) {
    if (decoded.manifest.formatVersion >= 2 || peer?.fingerprint) throw new BackupError('unsigned', { name });
    return null;
  }
  const { fingerprint } = decoded.signature;
  if (peer?.fingerprint && peer.fingerprint !== fingerprint) throw new BackupError('key-changed', { name });
  return { fingerprint, knownKey: peer?.fingerprint === fingerprint };
}

/**
 * Reads a colleague's exchange file and works out the merge without writing anything:
 * the file is checked completely first (links may point at records already here).
 */
export async function planExchangeImport(
  bytes: Uint8Array,
  limits: BundleLimits = DEFAULT_LIMITS,
): Promise<ExchangePlan> {
  return planDecodedExchange(await decodeBundle(bytes, limits));
}

/** The same, for a file already decoded and checked (by the import worker). */
export async function planDecodedExchange(decoded: DecodedBundle): Promise<ExchangePlan> {
  const myDevice = await deviceId();
  if (decoded.manifest.deviceId === myDevice) throw new BackupError('own-bundle');
  const tables = [...BUNDLE_KINDS.map((kind) => tableOf(kind)), db.exchangePeers];
  return db.transaction('r', tables, async () => {
    const localIds = new Map<BundleKind, Set<string>>();
    for (const kind of BUNDLE_KINDS)
      localIds.set(kind, new Set(await tableOf(kind).toCollection().primaryKeys()));
    checkReferences(decoded.data, (kind, id) => localIds.get(kind)?.has(id) === true);

    const signature = await checkSender(decoded);
    const decisions = await decideAll(decoded);
    let preview = { ...EMPTY_SUMMARY };
    const context = { device: myDevice, now: nowIso(), copyAsNew: (record: AnyRecord) => record };
    for (const list of decisions.values()) {
      const keepMine = new Map(
        list.filter((d) => d.action === 'conflict').map((d) => [d.id, 'mine' as const]),
      );
      const { summary } = resolveMerge(list, keepMine, context);
      preview = addSummaries(preview, { ...summary, conflictsResolved: 0 });
    }
    return {
      decoded,
      senderName: decoded.manifest.senderName,
      senderDeviceId: decoded.manifest.deviceId,
      signature,
      conflicts: conflictsOf(decisions),
      preview,
      overwrites: overwritesOf(decisions, myDevice),
      duplicates: await duplicatesOf(decisions),
    };
  });
}

/** Called on records of the attachments table only, which are all `Attachment`s. */
const isFindingAttachment = (record: AnyRecord): record is Attachment =>
  'ownerType' in record && record.ownerType === 'finding';

/**
 * Photos the colleague added to a finding kept as both versions belong to their version, the
 * copy, not to mine. Moving one is a change made here (a new revision), so it travels back and
 * the colleague's laptop moves it too. Photos both laptops already had stay with mine.
 */
function followCopiedOwners(
  decisions: readonly MergeDecision<AnyRecord>[],
  copiedAs: ReadonlyMap<string, string>,
  myDevice: string,
  now: string,
): MergeDecision<AnyRecord>[] {
  return decisions.map((decision) => {
    const incoming = decision.incoming;
    if (decision.action !== 'add' || !isFindingAttachment(incoming)) return decision;
    const copyId = copiedAs.get(incoming.ownerId);
    if (copyId === undefined) return decision;
    const moved = descend({ ...incoming, ownerId: copyId }, [incoming], myDevice, now);
    return { ...decision, incoming: moved };
  });
}

/**
 * Applies the merge with the user's choices, in one transaction: all of it or nothing.
 * Decisions are made again inside the transaction, so a record edited while the user was
 * choosing cannot be overwritten unseen (that raises `changed-meanwhile`). Afterwards this
 * laptop remembers the versions it received from the colleague, which makes importing the
 * same file again change nothing.
 */
export async function applyExchangeImport(
  checked: ExchangePlan,
  resolutions: ReadonlyMap<string, Resolution>,
): Promise<MergeSummary> {
  const myDevice = await deviceId();
  const plan = { ...checked, decoded: await withSealedAttachments(checked.decoded) };
  const now = nowIso();
  /** The colleague's records kept beside mine ("keep both"), by their id: the id of the copy. */
  const copiedAs = new Map<string, string>();
  const copyAsNew = (incoming: AnyRecord): AnyRecord => {
    const copy = {
      ...incoming,
      id: newId(),
      createdAt: now,
      updatedAt: now,
      deviceId: myDevice,
      revision: 1,
      deletedAt: null,
      vv: { [myDevice]: 1 },
    };
    copiedAs.set(incoming.id, copy.id);
    return copy;
  };
  const tables = [...BUNDLE_KINDS.map((kind) => tableOf(kind)), db.exchangePeers];
  try {
    return await db.transaction('rw', tables, async () => {
      const decisions = await decideAll(plan.decoded);
      const planned = new Set(plan.conflicts.map((conflict) => conflict.id));
      if (
        conflictsOf(decisions).some((conflict) => !planned.has(conflict.id) || !resolutions.has(conflict.id))
      )
        throw new BackupError('changed-meanwhile');
      const named = new Set(plan.overwrites.map((item) => item.id));
      if (overwritesOf(decisions, myDevice).some((item) => !named.has(item.id)))
        throw new BackupError('changed-meanwhile');

      let summary = { ...EMPTY_SUMMARY };
      // Findings come before attachments, so copies are made before their new photos are met.
      for (const [kind, list] of decisions) {
        const decided = kind === 'attachments' ? followCopiedOwners(list, copiedAs, myDevice, now) : list;
        const resolved = resolveMerge(decided, resolutions, { device: myDevice, now, copyAsNew });
        if (resolved.writes.length > 0) await tableOf(kind).bulkPut(resolved.writes);
        summary = addSummaries(summary, resolved.summary);
      }

      const peer = await db.exchangePeers.get(plan.senderDeviceId);
      const received = { ...peer?.received };
      for (const kind of BUNDLE_KINDS)
        for (const record of recordsOf(plan.decoded, kind)) received[record.id] = versionStamp(record);
      await db.exchangePeers.put({
        peerId: plan.senderDeviceId,
        name: plan.senderName || peer?.name || '',
        lastImportAt: now,
        received,
        ...((plan.signature?.fingerprint ?? peer?.fingerprint)
          ? { fingerprint: plan.signature?.fingerprint ?? peer?.fingerprint }
          : {}),
      });
      return summary;
    });
  } catch (cause) {
    throw writeError(cause);
  }
}
