import { afterEach, describe, expect, it, vi } from 'vitest';
import { ENTRIES_PER_MESSAGE, importWorkerHandler } from '../../../renderer/db/imports/importJob';
import type { FromImportWorker } from '../../../renderer/db/imports/importMessages';
import { runImport } from '../../../renderer/db/imports/runImport';
import { FakeWorker } from './fakeWorker';

const book = (count: number) =>
  Array.from(
    { length: count },
    (_, i) =>
      `BEGIN:VCARD\r\nVERSION:3.0\r\nN:Family${i + 1};Given;;;\r\nFN:Given Family${i + 1}\r\nEND:VCARD\r\n`,
  ).join('');

afterEach(() => vi.unstubAllGlobals());

describe('a vCard job’s entries reach the window in slices', () => {
  it('the worker hands them over a few hundred at a time, before its end', async () => {
    const posted: FromImportWorker[] = [];
    await new Promise<void>((resolve) => {
      const handle = importWorkerHandler((message) => {
        posted.push(message);
        if (message.type === 'done' || message.type === 'failed') resolve();
      });
      handle({
        type: 'start',
        job: { kind: 'vcard', file: new TextEncoder().encode(book(1_234)), contacts: [], organisations: [] },
      });
    });
    const slices = posted.flatMap((message) => (message.type === 'entries' ? [message.entries.length] : []));
    expect(slices).toEqual([ENTRIES_PER_MESSAGE, ENTRIES_PER_MESSAGE, 1_234 - 2 * ENTRIES_PER_MESSAGE]);
    expect(posted.at(-1)).toEqual({ type: 'done', outcome: { kind: 'vcard', entries: [] } });
  });

  it('the window puts them together: every card, in the file’s order', async () => {
    vi.stubGlobal('Worker', FakeWorker);
    const outcome = await runImport({
      job: { kind: 'vcard', file: new Blob([book(1_234)]), contacts: [], organisations: [] },
      signal: new AbortController().signal,
      onProgress: () => undefined,
    });
    expect(outcome.entries.map((entry) => entry.card.familyName)).toEqual(
      Array.from({ length: 1_234 }, (_, i) => `Family${i + 1}`),
    );
  });
});
