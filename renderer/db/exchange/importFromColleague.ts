import {
  EMPTY_SUMMARY,
  addSummaries,
  planMerge,
  resolveMerge,
  versionStamp,
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
import { deviceId } from '../settings';

/** A record both laptops changed since they last exchanged: the user picks a side. */
export interface ExchangeConflict {
  kind: BundleKind;
  id: string;
  local: AnyRecord;
  incoming: AnyRecord;
  /** Keeping both as separate records makes sense for findings and recommendations that both still exist. */
  canKeepBoth: boolean;
}

export interface ExchangePlan {
  decoded: DecodedBundle;
  senderName: string;
  senderDeviceId: string;
  conflicts: ExchangeConflict[];
  /** What the import does apart from the conflicts. */
  preview: MergeSummary;
}

const KEEP_BOTH_KINDS: ReadonlySet<BundleKind> = new Set(['findings', 'recommendations']);

function recordsOf(decoded: DecodedBundle, kind: BundleKind): AnyRecord[] {
  return kind === 'tours' ? decoded.data.tours : decoded.data.records[kind];
}

/** Decides every incoming record against the current database. Runs inside the caller's transaction. */
async function decideAll(
  decoded: DecodedBundle,
  myDevice: string,
): Promise<Map<BundleKind, MergeDecision<AnyRecord>[]>> {
  const peer = await db.exchangePeers.get(decoded.manifest.deviceId);
  const ack = decoded.manifest.acks[myDevice] ?? {};
  const known = (id: string) => {
    const versions = new Set<string>();
    const received = peer?.received[id];
    if (received) versions.add(received);
    if (ack[id]) versions.add(ack[id]);
    return versions;
  };
  const decisions = new Map<BundleKind, MergeDecision<AnyRecord>[]>();
  for (const kind of BUNDLE_KINDS) {
    const incoming = recordsOf(decoded, kind);
    const local = (await tableOf(kind).bulkGet(incoming.map((r) => r.id))).filter(
      (record): record is AnyRecord => record !== undefined,
    );
    decisions.set(kind, planMerge(local, incoming, { known }));
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

/**
 * Reads a colleague's exchange file and works out the merge without writing anything:
 * the file is checked completely first (links may point at records already here).
 */
export async function planExchangeImport(
  bytes: Uint8Array,
  limits: BundleLimits = DEFAULT_LIMITS,
): Promise<ExchangePlan> {
  const decoded = await decodeBundle(bytes, limits);
  const myDevice = await deviceId();
  if (decoded.manifest.deviceId === myDevice) throw new BackupError('own-bundle');
  const tables = [...BUNDLE_KINDS.map((kind) => tableOf(kind)), db.exchangePeers];
  return db.transaction('r', tables, async () => {
    const localIds = new Map<BundleKind, Set<string>>();
    for (const kind of BUNDLE_KINDS)
      localIds.set(kind, new Set(await tableOf(kind).toCollection().primaryKeys()));
    checkReferences(decoded.data, (kind, id) => localIds.get(kind)?.has(id) === true);

    const decisions = await decideAll(decoded, myDevice);
    let preview = { ...EMPTY_SUMMARY };
    for (const list of decisions.values()) {
      const keepMine = new Map(
        list.filter((d) => d.action === 'conflict').map((d) => [d.id, 'mine' as const]),
      );
      const { summary } = resolveMerge(list, keepMine, (record) => record);
      preview = addSummaries(preview, { ...summary, conflictsResolved: 0 });
    }
    return {
      decoded,
      senderName: decoded.manifest.senderName,
      senderDeviceId: decoded.manifest.deviceId,
      conflicts: conflictsOf(decisions),
      preview,
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
    const moved = {
      ...incoming,
      ownerId: copyId,
      revision: incoming.revision + 1,
      updatedAt: now,
      deviceId: myDevice,
    };
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
  plan: ExchangePlan,
  resolutions: ReadonlyMap<string, Resolution>,
): Promise<MergeSummary> {
  const myDevice = await deviceId();
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
    };
    copiedAs.set(incoming.id, copy.id);
    return copy;
  };
  const tables = [...BUNDLE_KINDS.map((kind) => tableOf(kind)), db.exchangePeers];
  try {
    return await db.transaction('rw', tables, async () => {
      const decisions = await decideAll(plan.decoded, myDevice);
      const planned = new Set(plan.conflicts.map((conflict) => conflict.id));
      if (
        conflictsOf(decisions).some((conflict) => !planned.has(conflict.id) || !resolutions.has(conflict.id))
      )
        throw new BackupError('changed-meanwhile');

      let summary = { ...EMPTY_SUMMARY };
      // Findings come before attachments, so copies are made before their new photos are met.
      for (const [kind, list] of decisions) {
        const decided = kind === 'attachments' ? followCopiedOwners(list, copiedAs, myDevice, now) : list;
        const resolved = resolveMerge(decided, resolutions, copyAsNew);
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
      });
      return summary;
    });
  } catch (cause) {
    throw writeError(cause);
  }
}
