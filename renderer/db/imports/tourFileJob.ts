import type { ImportProgress } from '../../domain/imports/importProgress';
import { recordLabel, TextTooLongError, textTooLongIssue } from '../../domain/imports/textTooLong';
import { newRecordMeta } from '../../domain/recordMeta';
import { firstInvalidRecord, ImportFormatError, tourBundleFromFile } from '../tourFile';
import type { ImportJob, OutcomeOf } from './importMessages';
import { readFileBytes } from './readChosenFile';

type TourFileJob = Extract<ImportJob, { kind: 'tour' }>;

/**
 * Far above a real tour's file (the sample is 45 KB; a tour of a thousand records, a few MB). A
 * file of a million contacts ran past 3.4 GB of memory: it is refused by its size, unread.
 */
export const TOUR_FILE_MAX_BYTES = 20 * 1024 * 1024;

/**
 * A tour file: parsed, validated against its format, made records with fresh ids (stamped as made
 * on this device now), and every record checked as the database would check it, so that a bad file
 * is refused here with nothing written.
 */
export async function readTourFileJob(
  job: TourFileJob,
  progress: (update: ImportProgress) => void,
): Promise<OutcomeOf<TourFileJob>> {
  const { file } = job;
  const size = file instanceof Blob ? file.size : file.length;
  if (size > TOUR_FILE_MAX_BYTES)
    throw new ImportFormatError(`the file is larger than ${TOUR_FILE_MAX_BYTES / 1024 / 1024} MB`);
  progress({ stage: 'reading', done: 0, total: size });
  const bytes = file instanceof Blob ? await readFileBytes(file) : file;
  progress({ stage: 'tour', done: 0, total: size });
  let content: unknown;
  try {
    content = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch (error) {
    throw new ImportFormatError(`not JSON text (${error instanceof Error ? error.message : String(error)})`);
  }
  const bundle = tourBundleFromFile(content, { fresh: () => newRecordMeta(job.deviceId, job.now) });
  const invalid = firstInvalidRecord(bundle);
  if (invalid) {
    const { kind, record, issues } = invalid;
    const tooLong = textTooLongIssue(issues);
    if (tooLong) throw new TextTooLongError({ kind, record: recordLabel(record, record.id), ...tooLong });
    const first = issues[0];
    throw new ImportFormatError(
      `${kind} ${record.id}: ${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'}`,
    );
  }
  progress({ stage: 'tour', done: size, total: size });
  return { kind: 'tour', bundle };
}
