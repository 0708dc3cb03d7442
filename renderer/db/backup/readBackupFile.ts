import { decodeBundle, type DecodeOptions, type DecodedBundle } from './decodeBundle';
import { DEFAULT_LIMITS, type BundleLimits } from './format';
import { checkReferences } from './references';

/**
 * Reads and checks a backup file completely (including every reference); writes nothing. A module
 * of its own, without the database: the command-line exporter reads backups and would otherwise
 * load Dexie (and parse its 270 KB) on every start for nothing.
 */
export async function readBackupFile(
  bytes: Uint8Array,
  limits: BundleLimits = DEFAULT_LIMITS,
  options: DecodeOptions = {},
): Promise<DecodedBundle> {
  const decoded = await decodeBundle(bytes, limits, options);
  // A backup must be complete: every link points inside the file.
  checkReferences(decoded.data);
  return decoded;
}
