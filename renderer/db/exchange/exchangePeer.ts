/**
 * What this laptop knows about one colleague's laptop (identified by its device id): the
 * version of each record it last received from it. A record still at that version has not
 * been changed here since; one the colleague sends again at that version was not changed there.
 */
export interface ExchangePeer {
  peerId: string;
  /** The name the colleague gave when exporting, for the interface. */
  name: string;
  lastImportAt: string;
  /** Record id → version stamp (domain/merge versionStamp) as last received. */
  received: Record<string, string>;
  /**
   * The fingerprint of the key its files are signed with, remembered from the first signed
   * file: a later file of that laptop signed with another key, or unsigned, is refused.
   */
  fingerprint?: string;
}
