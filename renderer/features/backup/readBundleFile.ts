import { keepSessionKey, knownFileKeys } from '../../db/backup/filePassphrase';
import type { DecodedBundle } from '../../db/backup/decodeBundle';
import type { BundlePurpose } from '../../db/imports/importMessages';
import { runImport } from '../../db/imports/runImport';
import type { InspectJob } from '../../domain/imports/importProgress';
import type { AskPassphrase } from '../../lib/crypto/openEncryptedFile';

/**
 * A backup or exchange file checked off the window's thread: opened with the keys this laptop
 * knows (or a passphrase `ask` gets), unzipped and validated in the import worker; a key derived
 * from a typed passphrase is kept for the session's next file. Writes nothing.
 */
export async function readBundleFile(
  purpose: BundlePurpose,
  file: Uint8Array | Blob,
  ask: AskPassphrase,
  job: InspectJob,
): Promise<DecodedBundle> {
  const keys = await knownFileKeys();
  const { decoded, newKey } = await runImport({ job: { kind: 'bundle', purpose, file, keys }, ask, ...job });
  if (newKey) keepSessionKey(newKey);
  return decoded;
}
