import { recordLabel, TextTooLongError, textTooLongIssue } from '../domain/imports/textTooLong';
import { TOUR_RECORD_KINDS, type TourBundle } from '../domain/tourBundle';
import { db } from './database';
import { sealNewBlobsOf } from './protection/sealNewBlobs';
import { RecordValidationError } from './repository';
import { firstInvalidRecord } from './tourFile';

/**
 * Validates every record of a bundle first (a text above the app's length limits is refused naming
 * its record: TextTooLongError), then writes them all in one transaction:
 * either the whole tour lands or nothing does.
 */
export async function writeTourBundle(bundle: TourBundle): Promise<void> {
  const invalid = firstInvalidRecord(bundle);
  if (invalid) {
    const { kind, record, issues } = invalid;
    const tooLong = textTooLongIssue(issues);
    if (tooLong) throw new TextTooLongError({ kind, record: recordLabel(record, record.id), ...tooLong });
    throw new RecordValidationError(issues);
  }
  const attachments = await sealNewBlobsOf(bundle.attachments);
  const tables = [db.tours, ...TOUR_RECORD_KINDS.map((kind) => db[kind])];
  await db.transaction('rw', tables, async () => {
    await db.tours.put(bundle.tour);
    await db.themes.bulkPut(bundle.themes);
    await db.delegates.bulkPut(bundle.delegates);
    await db.organisations.bulkPut(bundle.organisations);
    await db.contacts.bulkPut(bundle.contacts);
    await db.events.bulkPut(bundle.events);
    await db.findings.bulkPut(bundle.findings);
    await db.recommendations.bulkPut(bundle.recommendations);
    await db.materials.bulkPut(bundle.materials);
    await db.attachments.bulkPut(attachments);
  });
}
