import { afterEach, describe, expect, it, vi } from 'vitest';
import { runImport } from '../../../renderer/db/imports/runImport';
import { prepareImportWorker, takeSpareWorker } from '../../../renderer/db/imports/spareWorker';
import { FakeWorker } from './fakeWorker';

const vcf = new Blob(['BEGIN:VCARD\r\nVERSION:4.0\r\nN:Kiss;Gábor;;;\r\nEND:VCARD\r\n']);
const makeFake = () => new FakeWorker() as unknown as Worker;
const tick = () => new Promise((resolve) => setTimeout(resolve));

afterEach(() => {
  takeSpareWorker()?.worker.terminate();
  vi.unstubAllGlobals();
  FakeWorker.last = null;
});

describe('the import worker made ready when the dialog opens', () => {
  it('is the one that reads the chosen file, started at once since its script has loaded', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    prepareImportWorker(makeFake);
    const spare = FakeWorker.last!;
    await tick();
    const outcome = await runImport({
      job: { kind: 'vcard', file: vcf, contacts: [], organisations: [] },
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    expect(outcome.entries.map((entry) => entry.card.familyName)).toEqual(['Kiss']);
    // No second worker was made; the spare did the job and was ended with it.
    expect(FakeWorker.last).toBe(spare);
    expect(spare.received[0]).toMatchObject({ type: 'start' });
    expect(spare.terminated).toBe(true);
  });

  it('is ended when the dialog closes without a file, and only one is kept', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const drop = prepareImportWorker(makeFake);
    const spare = FakeWorker.last!;
    prepareImportWorker(makeFake);
    expect(FakeWorker.last).toBe(spare);
    drop();
    expect(spare.terminated).toBe(true);
    expect(takeSpareWorker()).toBeNull();
  });

  it('once taken for a job, closing the dialog does not end it', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const drop = prepareImportWorker(makeFake);
    const taken = takeSpareWorker();
    drop();
    expect((taken!.worker as unknown as FakeWorker).terminated).toBe(false);
    taken!.worker.terminate();
  });

  it('is not made where there are no workers', () => {
    const make = vi.fn(makeFake);
    prepareImportWorker(make)();
    expect(make).not.toHaveBeenCalled();
  });
});
