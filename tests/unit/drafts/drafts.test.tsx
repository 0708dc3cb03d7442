// @vitest-environment jsdom
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { draftKey, readDraft, sameValues, useFormDraft, writeDraft } from '../../../renderer/db/drafts';
import { resetDb } from '../db/resetDb';

// Real IndexedDB work on shared, often overloaded machines: allow more than the default 5 s.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

interface Fields {
  title: { ru?: string; en?: string };
  themeId: string;
}
const PRISTINE: Fields = { title: {}, themeId: '' };
const KEY = draftKey('finding', { newIn: 'tour-1' });

/** The hook as a form uses it: its own state, the draft restoring into it. */
function openForm(key = KEY, pristine = PRISTINE, openedOn?: unknown) {
  const form = {
    values: pristine,
    type(values: Fields) {
      form.values = values;
      hook.rerender({ values });
    },
  };
  const hook = renderHook(
    ({ values }: { values: Fields }) =>
      useFormDraft(key, values, pristine, (restored) => form.type(restored), openedOn),
    { initialProps: { values: pristine } },
  );
  return Object.assign(form, { hook });
}

/**
 * Watches IndexedDB writes and commits: whether each write made so far had answered when a
 * transaction's commit was first asked for.
 */
function watchCommits() {
  const writes: IDBRequest[] = [];
  let answered: boolean[] | null = null;
  const put = IDBObjectStore.prototype.put;
  const commit = IDBTransaction.prototype.commit;
  const putSpy = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    const request = put.apply(this, args);
    writes.push(request);
    return request;
  });
  const commitSpy = vi.spyOn(IDBTransaction.prototype, 'commit').mockImplementation(function (
    this: IDBTransaction,
  ) {
    answered ??= writes.map((request) => request.readyState === 'done');
    commit.call(this);
  });
  return {
    answeredAtFirstCommit: () => answered,
    stop() {
      putSpy.mockRestore();
      commitSpy.mockRestore();
    },
  };
}

beforeEach(resetDb);
afterEach(cleanup);

describe('drafts of forms', () => {
  it('are kept as the user types, offered when the form opens again, and restore every field', async () => {
    const first = openForm();
    await waitFor(() => expect(first.hook.result.current.status).toBe('editing'));
    const watch = watchCommits();
    first.type({ title: { ru: 'Приёмная открыта круглосуточно' }, themeId: 'k3' });
    await waitFor(() => expect(first.hook.result.current.savedAt).not.toBeNull());
    // Written after the pause in typing, the draft's commit too is asked for at once: a window
    // reloaded while it is being written keeps it.
    expect(watch.answeredAtFirstCommit()).toEqual([false]);
    watch.stop();
    expect(first.hook.result.current.dirty).toBe(true);
    first.hook.unmount(); // Escape: the form is gone, the draft stays

    const again = openForm();
    await waitFor(() => expect(again.hook.result.current.status).toBe('offered'));
    expect(again.hook.result.current.offeredAt).not.toBeNull();
    expect(again.values).toEqual(PRISTINE); // nothing restored before the user says so
    act(() => again.hook.result.current.continueDraft());
    expect(again.values).toEqual({ title: { ru: 'Приёмная открыта круглосуточно' }, themeId: 'k3' });
    expect(again.hook.result.current.status).toBe('editing');
  });

  it('writes the last keystrokes at once when the form closes before the pause', async () => {
    const form = openForm();
    await waitFor(() => expect(form.hook.result.current.status).toBe('editing'));
    form.type({ title: { en: 'Typed and closed at once' }, themeId: '' });
    form.hook.unmount();
    await waitFor(async () =>
      expect((await readDraft(KEY))?.value).toEqual({
        title: { en: 'Typed and closed at once' },
        themeId: '',
      }),
    );
  });

  it('keep the last keystrokes when the window closes before the pause: committed before the page goes', async () => {
    const form = openForm();
    await waitFor(() => expect(form.hook.result.current.status).toBe('editing'));
    form.type({ title: { en: 'Typed, then the window reloaded' }, themeId: 'k2' });
    const watch = watchCommits();
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () =>
      expect((await readDraft(KEY))?.value).toEqual({
        title: { en: 'Typed, then the window reloaded' },
        themeId: 'k2',
      }),
    );

    // A closing page gets no further turn of the event loop: the commit was asked for before the
    // write had answered (a transaction left to commit by itself after it was lost on reload).
    expect(watch.answeredAtFirstCommit()).toEqual([false]);
    watch.stop();

    // Typed back to what the form opened with, then closed: the draft is forgotten the same way.
    form.type(PRISTINE);
    window.dispatchEvent(new Event('pagehide'));
    await waitFor(async () => expect(await readDraft(KEY)).toBeUndefined());
    form.hook.unmount();
  });

  it('are cleared when the form is saved and not written again afterwards', async () => {
    const form = openForm();
    await waitFor(() => expect(form.hook.result.current.status).toBe('editing'));
    form.type({ title: { en: 'Saved' }, themeId: 'k1' });
    await waitFor(() => expect(form.hook.result.current.savedAt).not.toBeNull());
    await act(() => form.hook.result.current.forget());
    form.hook.unmount();
    expect(await readDraft(KEY)).toBeUndefined();
    const reopened = openForm();
    await waitFor(() => expect(reopened.hook.result.current.status).toBe('editing'));
  });

  it('are not offered when they say what the record already says, and can be discarded', async () => {
    await writeDraft(KEY, { title: { ru: '' }, themeId: '' });
    const same = openForm();
    await waitFor(() => expect(same.hook.result.current.status).toBe('editing'));
    same.hook.unmount();

    await writeDraft(KEY, { title: { en: 'Old draft' }, themeId: '' });
    const offered = openForm();
    await waitFor(() => expect(offered.hook.result.current.status).toBe('offered'));
    act(() => offered.hook.result.current.discardDraft());
    await waitFor(async () => expect(await readDraft(KEY)).toBeUndefined());
  });

  it('keep the version they were typed on: a draft continued later saves against it', async () => {
    const version2 = { id: 'f1', deviceId: 'a', revision: 2, vv: { a: 2 } };
    const version3 = { id: 'f1', deviceId: 'b', revision: 3, vv: { a: 2, b: 1 } };
    const first = openForm(KEY, PRISTINE, version2);
    await waitFor(() => expect(first.hook.result.current.status).toBe('editing'));
    expect(first.hook.result.current.basedOn).toEqual(version2);
    first.type({ title: { en: 'Typed on version 2' }, themeId: '' });
    await waitFor(async () => expect((await readDraft(KEY))?.basedOn).toEqual(version2));
    first.hook.unmount();

    // Meanwhile an exchange import brought version 3; the form opens on it and offers the draft.
    const continued = openForm(KEY, PRISTINE, version3);
    await waitFor(() => expect(continued.hook.result.current.status).toBe('offered'));
    expect(continued.hook.result.current.basedOn).toEqual(version3);
    act(() => continued.hook.result.current.continueDraft());
    expect(continued.hook.result.current.basedOn).toEqual(version2);
    continued.hook.unmount();

    const discarded = openForm(KEY, PRISTINE, version3);
    await waitFor(() => expect(discarded.hook.result.current.status).toBe('offered'));
    act(() => discarded.hook.result.current.discardDraft());
    expect(discarded.hook.result.current.basedOn).toEqual(version3);
  });

  it('belong to one record or one tour', () => {
    expect(draftKey('finding', { id: 'f1' })).not.toBe(draftKey('finding', { newIn: 'f1' }));
    expect(draftKey('finding', { newIn: 't1' })).not.toBe(draftKey('finding', { newIn: 't2' }));
    expect(sameValues({ a: {}, b: 'x' }, { b: 'x', a: { ru: '' } })).toBe(true);
    expect(sameValues({ a: { ru: 'y' } }, { a: {} })).toBe(false);
  });
});
