import type { Table } from 'dexie';
import type { Tour, TourOwned } from '../../domain/entities';
import { db } from '../database';
import type { BundleKind } from './format';

export type BundleRecord = Tour | TourOwned;

/**
 * The table of a kind, as the repositories reach it (`db.findings`, not `db.table('findings')`,
 * which Dexie keeps as a separate object): one way in, so tests can inject failures there.
 */
export function tableOf(kind: BundleKind): Table<BundleRecord, string> {
  return db[kind] as unknown as Table<BundleRecord, string>;
}
