import type { ImportProgress } from '../../domain/imports/importProgress';
import { planVCardImportSteps } from '../../domain/vcard/importPlan';
import { readVCardFile, VCARD_MAX_BYTES, VCardParseError } from '../../domain/vcard/parseVcard';
import { runSteps, runStepsPaced, type Steps } from '../../domain/steps';
import type { ImportJob, OutcomeOf } from './importMessages';
import { readFileBytes } from './readChosenFile';

type VcardJob = Extract<ImportJob, { kind: 'vcard' }>;

/**
 * A .vcf file: read, every card parsed and checked (a text above the app's limits refuses the
 * file), then each card matched with the tour's contacts: the preview the person confirms. A file
 * of 10,000 cards took seconds on the window's thread. `pace`: awaited between steps of a few
 * milliseconds (the worker gives way to the window meanwhile); without it, no pause.
 */
export async function readVcardJob(
  job: VcardJob,
  progress: (update: ImportProgress) => void,
  pace?: () => Promise<void>,
): Promise<OutcomeOf<VcardJob>> {
  const run = <T>(steps: Steps<T>) => (pace ? runStepsPaced(steps, pace) : runSteps(steps));
  const { file } = job;
  const size = file instanceof Blob ? file.size : file.length;
  // Refused by its size before a byte is read.
  if (size > VCARD_MAX_BYTES) throw new VCardParseError('tooLarge');
  progress({ stage: 'reading', done: 0, total: size });
  const bytes = file instanceof Blob ? await readFileBytes(file) : file;
  await pace?.();
  const cards = await run(readVCardFile(bytes, (done, total) => progress({ stage: 'cards', done, total })));
  const entries = await run(
    planVCardImportSteps(cards, job.contacts, job.organisations, (done, total) =>
      progress({ stage: 'matching', done, total }),
    ),
  );
  return { kind: 'vcard', entries };
}
