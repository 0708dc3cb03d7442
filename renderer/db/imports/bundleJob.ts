import { decodeBundle } from '../backup/decodeBundle';
import { DEFAULT_LIMITS, type BundleLimits } from '../backup/format';
import { checkReferences } from '../backup/references';
import { openEncryptedFile, type AskPassphrase } from '../../lib/crypto/openEncryptedFile';
import type { ImportProgress } from '../../domain/imports/importProgress';
import type { ImportJob, OutcomeOf } from './importMessages';
import { readChosenFile } from './readChosenFile';

type BundleJob = Extract<ImportJob, { kind: 'bundle' }>;

/**
 * A backup or exchange file: read, decrypted (asking through `ask` when no known key fits),
 * unzipped within the limits, every file and record checked, and for a backup every reference (a
 * backup must be complete; an exchange file's references are checked against the database by the
 * window).
 */
export async function readBundleJob(
  job: BundleJob,
  progress: (update: ImportProgress) => void,
  ask: AskPassphrase,
  limits: BundleLimits = DEFAULT_LIMITS,
): Promise<OutcomeOf<BundleJob>> {
  const { file } = job;
  progress({ stage: 'reading', done: 0, total: file instanceof Blob ? file.size : file.length });
  const bytes = file instanceof Blob ? await readChosenFile(file) : file;
  progress({ stage: 'decrypting', done: 0, total: bytes.length });
  const { plain, newKey } = await openEncryptedFile(bytes, job.keys, ask);
  const decoded = await decodeBundle(plain, limits, {
    onProgress: ({ done, total }) => progress({ stage: 'unpacking', done, total }),
  });
  if (job.purpose === 'backup') checkReferences(decoded.data);
  return { kind: 'bundle', decoded, newKey };
}
