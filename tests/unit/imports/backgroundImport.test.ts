import { describe, expect, it } from 'vitest';
import { ImportCancelled, type InspectJob } from '../../../renderer/domain/imports/importProgress';
import { createBackgroundImport, REDRAW_EVERY_MS } from '../../../renderer/ui/backgroundImport';

/** A reading the test finishes by hand: what the import worker would do, step by step. */
function manualReading<T>() {
  let job: InspectJob | null = null;
  let resolve: (value: T) => void = () => undefined;
  let reject: (error: unknown) => void = () => undefined;
  const read = (given: InspectJob) => {
    job = given;
    given.signal.addEventListener('abort', () => reject(new ImportCancelled()));
    return new Promise<T>((ok, fail) => {
      resolve = ok;
      reject = fail;
    });
  };
  return {
    read,
    job: () => job!,
    finish: (value: T) => resolve(value),
    fail: (error: unknown) => reject(error),
  };
}

const file = (name = 'address-book.vcf') => new File(['BEGIN:VCARD'], name, { type: 'text/vcard' });
const settled = () => new Promise((resolve) => setTimeout(resolve));

describe('a file imported in the background', () => {
  it('is read with its progress shown, and waits for review once read, whether its dialog is open or not', async () => {
    let clock = 0;
    const store = createBackgroundImport<string[]>(() => clock);
    const changes: string[] = [];
    store.subscribe(() => changes.push(store.get().job.phase));
    store.openDialog('tour-1');
    const reading = manualReading<string[]>();
    expect(store.start('tour-1', file(), reading.read)).toBe(true);
    expect(store.get().job).toMatchObject({ phase: 'reading', tourId: 'tour-1', progress: null });

    // "Keep working": the dialog goes, the reading does not.
    store.hideDialog();
    expect(store.get()).toMatchObject({ dialogOpen: false, job: { phase: 'reading' } });

    reading.job().onProgress({ stage: 'cards', done: 10, total: 100 });
    expect(store.get().job).toMatchObject({ progress: { stage: 'cards', done: 10 } });
    // Within a stage, at most a few redraws a second…
    clock += REDRAW_EVERY_MS / 2;
    reading.job().onProgress({ stage: 'cards', done: 20, total: 100 });
    expect(store.get().job).toMatchObject({ progress: { done: 10 } });
    clock += REDRAW_EVERY_MS;
    reading.job().onProgress({ stage: 'cards', done: 60, total: 100 });
    expect(store.get().job).toMatchObject({ progress: { done: 60 } });
    // …but a new stage at once.
    reading.job().onProgress({ stage: 'matching', done: 0, total: 100 });
    expect(store.get().job).toMatchObject({ progress: { stage: 'matching' } });

    reading.finish(['Anna', 'Béla']);
    await settled();
    expect(store.get()).toMatchObject({ dialogOpen: false, job: { phase: 'read', value: ['Anna', 'Béla'] } });
    // "Review" opens the dialog on the result, for the job's own tour.
    store.openDialog('another-tour');
    expect(store.get()).toMatchObject({ dialogOpen: true, dialogTourId: 'tour-1', job: { phase: 'read' } });
    expect(changes).toContain('read');
  });

  it('Cancel stops the reading: its signal is aborted and a late answer changes nothing', async () => {
    const store = createBackgroundImport<string[]>();
    const reading = manualReading<string[]>();
    store.start('tour-1', file(), reading.read);
    const { signal } = reading.job();
    store.cancel();
    expect(signal.aborted).toBe(true);
    expect(store.get().job.phase).toBe('idle');
    reading.job().onProgress({ stage: 'cards', done: 5, total: 10 });
    reading.finish(['too late']);
    await settled();
    expect(store.get().job.phase).toBe('idle');
  });

  it('a refused file waits with its reason, until dismissed', async () => {
    const store = createBackgroundImport<string[]>();
    const reading = manualReading<string[]>();
    store.start('tour-1', file('contacts.csv'), reading.read);
    const reason = new Error('not a vCard');
    reading.fail(reason);
    await settled();
    expect(store.get().job).toMatchObject({ phase: 'refused', error: reason });
    store.discard();
    expect(store.get()).toMatchObject({ dialogOpen: false, job: { phase: 'idle' } });
  });

  it('a second file cannot start while one is read; once it is read, a new file replaces its result', async () => {
    const store = createBackgroundImport<string[]>();
    const first = manualReading<string[]>();
    const second = manualReading<string[]>();
    store.start('tour-1', file('first.vcf'), first.read);
    expect(store.start('tour-1', file('second.vcf'), second.read)).toBe(false);
    expect(store.get().job).toMatchObject({ phase: 'reading', file: { name: 'first.vcf' } });
    expect(first.job().signal.aborted).toBe(false);

    first.finish(['from the first']);
    await settled();
    expect(store.start('tour-1', file('second.vcf'), second.read)).toBe(true);
    expect(store.get().job).toMatchObject({ phase: 'reading', file: { name: 'second.vcf' } });
    second.finish(['from the second']);
    await settled();
    expect(store.get().job).toMatchObject({ phase: 'read', value: ['from the second'] });
  });

  it('discarding drops a reading under way too (leaving the shell, locking the app)', () => {
    const store = createBackgroundImport<string[]>();
    const reading = manualReading<string[]>();
    store.openDialog('tour-1');
    store.start('tour-1', file(), reading.read);
    store.discard();
    expect(reading.job().signal.aborted).toBe(true);
    expect(store.get()).toMatchObject({ dialogOpen: false, job: { phase: 'idle' } });
  });
});
