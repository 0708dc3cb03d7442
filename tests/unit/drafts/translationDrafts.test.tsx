// @vitest-environment jsdom
import { cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { readDraft } from '../../../renderer/db/drafts';
import {
  clearDraft,
  draftBase,
  draftKey,
  forgetLoadedTranslationDrafts,
  setDraft,
  useTranslationDrafts,
} from '../../../renderer/features/translation/translationDrafts';
import { resetDb } from '../db/resetDb';

// Real IndexedDB work on shared, often overloaded machines: allow more than the default 5 s.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

beforeEach(async () => {
  forgetLoadedTranslationDrafts();
  await resetDb();
});
afterEach(cleanup);

describe('translations typed on the Translation screen', () => {
  const key = draftKey('finding:f1:title', 'en');

  it('are kept when the app is closed and offered again when it starts', async () => {
    setDraft(key, 'The reception is open around the clock', '');
    await waitFor(async () =>
      expect((await readDraft(`translation:${key}`))?.value).toBe('The reception is open around the clock'),
    );

    forgetLoadedTranslationDrafts(); // the app closes; what was typed is only in the database now
    const screen = renderHook(() => useTranslationDrafts());
    expect(screen.result.current.size).toBe(0);
    await waitFor(() =>
      expect(screen.result.current.get(key)).toBe('The reception is open around the clock'),
    );
  });

  it('remember the stored translation they were typed over, also after the app restarts', async () => {
    setDraft(key, 'Open around the clock', 'Open at night');
    setDraft(key, 'Open around the clock, every day', 'Changed meanwhile by an import');
    expect(draftBase(key)).toBe('Open at night');
    await waitFor(async () =>
      expect(await readDraft(`translation:${key}`)).toMatchObject({
        value: 'Open around the clock, every day',
        basedOn: 'Open at night',
      }),
    );

    forgetLoadedTranslationDrafts();
    expect(draftBase(key)).toBeUndefined();
    const screen = renderHook(() => useTranslationDrafts());
    await waitFor(() => expect(screen.result.current.get(key)).toBe('Open around the clock, every day'));
    expect(draftBase(key)).toBe('Open at night');
    // Typed back to the stored text: no draft, and the next one starts from the text stored then.
    setDraft(key, 'Changed meanwhile by an import', 'Changed meanwhile by an import');
    expect(draftBase(key)).toBeUndefined();
  });

  it('are forgotten when saved', async () => {
    setDraft(key, 'Saved soon', '');
    await waitFor(async () => expect(await readDraft(`translation:${key}`)).toBeDefined());
    clearDraft(key);
    await waitFor(async () => expect(await readDraft(`translation:${key}`)).toBeUndefined());
  });
});
