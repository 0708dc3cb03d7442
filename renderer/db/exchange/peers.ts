import { db } from '../database';
import type { ExchangePeer } from './exchangePeer';

/** Colleagues this laptop has received exchanges from, most recent first. */
export async function listPeers(): Promise<ExchangePeer[]> {
  const peers = await db.exchangePeers.toArray();
  return peers.sort((a, b) => (a.lastImportAt < b.lastImportAt ? 1 : -1));
}

export function readPeer(peerId: string): Promise<ExchangePeer | undefined> {
  return db.exchangePeers.get(peerId);
}
