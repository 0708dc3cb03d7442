import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { writeTourBundle } from '../../../renderer/db/bundleWriter';
import { db } from '../../../renderer/db/database';
import type { ImportJob } from '../../../renderer/db/imports/importMessages';
import { runImport } from '../../../renderer/db/imports/runImport';
import { importSampleFile } from '../../../renderer/db/sampleImport';
import { ImportFormatError } from '../../../renderer/db/tourFile';
import { ImportCancelled, type ImportProgress } from '../../../renderer/domain/imports/importProgress';
import { TextTooLongError } from '../../../renderer/domain/imports/textTooLong';
import { VCardParseError } from '../../../renderer/domain/vcard/parseVcard';
import { resetDb } from '../db/resetDb';
import { FakeWorker } from './fakeWorker';

// Real IndexedDB work on a shared, often overloaded machine.
vi.setConfig({ testTimeout: 60_000 });

const sampleText = readFileSync(
  new URL('../../../renderer/assets/sample/study-tour-hungary-2010.json', import.meta.url),
  'utf8',
);

const card = (lines: string) => `BEGIN:VCARD\r\nVERSION:4.0\r\n${lines}\r\nEND:VCARD\r\n`;

/** A .vcf of `count` different people. */
const manyCards = (count: number) =>
  Array.from({ length: count }, (_, i) => card(`N:Family${i};Given${i};;;\r\nEMAIL:p${i}@example.org`)).join(
    '',
  );

const vcf = (text: string) => new Blob([text], { type: 'text/vcard' });

/** Runs a job through the worker machinery (a stand-in worker running the same core), with its progress. */
async function run<Job extends ImportJob>(job: Job, signal = new AbortController().signal) {
  const progress: ImportProgress[] = [];
  const outcome = await runImport({ job, signal, onProgress: (update) => progress.push(update) });
  return { outcome, progress };
}

/** The error a job is refused with (the same class the window's messages are translated from). */
async function refusal(job: ImportJob): Promise<Error> {
  try {
    await run(job);
  } catch (error) {
    return error as Error;
  }
  throw new Error('the file was accepted');
}

/** Starts a job and presses Cancel on its first word of progress of `stage`: how it ends. */
async function cancelledAt(job: ImportJob, stage: ImportProgress['stage']) {
  const controller = new AbortController();
  const progress: ImportProgress[] = [];
  const reading = runImport({
    job,
    signal: controller.signal,
    onProgress: (update) => {
      progress.push(update);
      if (update.stage === stage) controller.abort();
    },
  });
  await expect(reading).rejects.toBeInstanceOf(ImportCancelled);
  const seen = progress.length;
  // Whatever the worker had still to say is not heard: it was ended.
  await new Promise((resolve) => setTimeout(resolve, 20));
  expect(progress).toHaveLength(seen);
  expect(FakeWorker.last!.terminated).toBe(true);
}

beforeEach(async () => {
  await resetDb();
  vi.stubGlobal('Worker', FakeWorker);
});

afterEach(() => {
  vi.unstubAllGlobals();
  FakeWorker.last = null;
});

describe('a vCard read in the import worker', () => {
  it('reads every card and matches it with the tour’s contacts: the preview, nothing written', async () => {
    await importSampleFile(JSON.parse(sampleText));
    const contacts = await db.contacts.toArray();
    const organisations = await db.organisations.toArray();
    const known = contacts.find((contact) => contact.emails.length > 0)!;
    const file = vcf(
      card(`N:${known.familyName};${known.givenName};;;\r\nEMAIL:${known.emails[0]!.toUpperCase()}`) +
        card('N:Tóth;Eszter;;;\r\nFN:Eszter Tóth\r\nEMAIL:toth.eszter@example.hu'),
    );
    const { outcome, progress } = await run({ kind: 'vcard', file, contacts, organisations });
    expect(outcome.entries.map((entry) => [entry.card.familyName, entry.decision])).toEqual([
      [known.familyName, 'skip'],
      ['Tóth', 'add'],
    ]);
    expect(outcome.entries[0]!.duplicateOf?.id).toBe(known.id);
    expect(outcome.entries[0]!.duplicateReason).toBe('email');
    expect(progress.map((update) => update.stage)).toEqual(['reading', 'cards', 'matching']);
    // The File itself went to the worker, which read it there.
    expect(FakeWorker.last!.received[0]).toMatchObject({ type: 'start', job: { kind: 'vcard', file } });
    expect(await db.contacts.count()).toBe(contacts.length);
  });

  it('reads 10,000 cards for a confirmation, with progress that only grows', async () => {
    const { outcome, progress } = await run({
      kind: 'vcard',
      file: vcf(manyCards(10_000)),
      contacts: [],
      organisations: [],
    });
    expect(outcome.entries).toHaveLength(10_000);
    const cards = progress.filter((update) => update.stage === 'cards');
    expect(cards.length).toBeGreaterThan(10);
    for (const [index, update] of cards.entries()) {
      expect(update.total).toBe(10_000);
      if (index > 0) expect(update.done).toBeGreaterThan(cards[index - 1]!.done);
    }
  });

  it('refuses a file that is not a vCard, a card with a 50,001-character note, and a file above 5 MB unread', async () => {
    const notVcard = await refusal({
      kind: 'vcard',
      file: vcf('Name,E-mail\n'),
      contacts: [],
      organisations: [],
    });
    expect(notVcard).toBeInstanceOf(VCardParseError);
    expect(notVcard).toMatchObject({ code: 'notVcard' });

    const longNote = await refusal({
      kind: 'vcard',
      file: vcf(card('N:Kiss;Gábor;;;') + card(`N:Nagy;Éva;;;\r\nNOTE:${'x'.repeat(50_001)}`)),
      contacts: [],
      organisations: [],
    });
    expect(longNote).toMatchObject({
      code: 'tooLong',
      detail: 'NOTE',
      cardNumber: 2,
      values: { name: 'Nagy Éva', limit: 50_000 },
    });

    const huge = new Blob([new Uint8Array(5 * 1024 * 1024 + 1)]);
    const arrayBuffer = vi.spyOn(huge, 'arrayBuffer');
    const tooLarge = await refusal({ kind: 'vcard', file: huge, contacts: [], organisations: [] });
    expect(tooLarge).toMatchObject({ name: 'VCardParseError', code: 'tooLarge' });
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('Cancel while the cards are read ends the worker at once and writes nothing', async () => {
    await cancelledAt(
      { kind: 'vcard', file: vcf(manyCards(2_000)), contacts: [], organisations: [] },
      'cards',
    );
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('a tour file read in the import worker', () => {
  const job = (file: Uint8Array | Blob): ImportJob => ({
    kind: 'tour',
    file,
    deviceId: 'laptop-1',
    now: '2026-12-02T14:00:00.000Z',
  });
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('parses and validates the sample into a new tour’s records, stamped as made here now; nothing written until asked', async () => {
    const { outcome, progress } = await run(job(bytes(sampleText)) as Extract<ImportJob, { kind: 'tour' }>);
    const { bundle } = outcome;
    expect(bundle.contacts).toHaveLength(12);
    expect(bundle.findings).toHaveLength(16);
    expect(bundle.tour).toMatchObject({ deviceId: 'laptop-1', createdAt: '2026-12-02T14:00:00.000Z' });
    expect(bundle.contacts.every((contact) => contact.tourId === bundle.tour.id)).toBe(true);
    expect(progress.map((update) => update.stage)).toEqual(['reading', 'tour', 'tour']);
    expect(await db.tours.count()).toBe(0);
    // What the worker hands back is what the window writes, as it is.
    await writeTourBundle(bundle);
    expect(await db.contacts.where({ tourId: bundle.tour.id }).count()).toBe(12);
  });

  it('refuses text that is not JSON, JSON of another format, and a 301-character position', async () => {
    const notJson = await refusal(job(bytes('{"format": "study-tour-sample",')));
    expect(notJson).toBeInstanceOf(ImportFormatError);
    expect(notJson.message).toMatch(/not JSON/);

    const otherFormat = await refusal(job(bytes('{"format": "something-else"}')));
    expect(otherFormat).toBeInstanceOf(ImportFormatError);

    const sample = JSON.parse(sampleText) as { contacts: { position: unknown; familyName: string }[] };
    sample.contacts[0]!.position = { ru: 'П'.repeat(301) };
    const tooLong = await refusal(job(bytes(JSON.stringify(sample))));
    expect(tooLong).toBeInstanceOf(TextTooLongError);
    expect((tooLong as TextTooLongError).detail).toMatchObject({
      kind: 'contacts',
      field: 'position.ru',
      limit: 300,
    });
    expect(await db.tours.count()).toBe(0);
  });

  it('refuses a file above 20 MB unread (a million contacts ran past 3.4 GB)', async () => {
    const huge = new Blob([new Uint8Array(20 * 1024 * 1024 + 1)]);
    const arrayBuffer = vi.spyOn(huge, 'arrayBuffer');
    expect(await refusal(job(huge))).toBeInstanceOf(ImportFormatError);
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it('Cancel while the tour is checked ends the worker at once and writes nothing', async () => {
    await cancelledAt(job(new Blob([sampleText])), 'tour');
    expect(await db.tours.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
  });
});
