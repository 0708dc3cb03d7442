// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SaveConflictError, basisOf, type SaveOptions } from '../../../renderer/domain/merge';
import { changeUiLanguage, setupI18n } from '../../../renderer/i18n/setup';
import { SaveConflictHost } from '../../../renderer/ui/saveConflictHost';
import { useSaveAction, type SaveOutcome } from '../../../renderer/ui/useSaveAction';
import { stubMissingBrowserApis } from '../windowVirtualLists';

const opened = {
  id: 'c1',
  tourId: 't',
  revision: 2,
  updatedAt: '2026-11-30T10:00:00.000Z',
  deviceId: 'this-laptop',
  deletedAt: null,
  vv: { 'this-laptop': 2 },
  familyName: 'Kovács',
  notes: 'Met at the station',
};
/** The version another tab saved meanwhile. */
const stored = {
  ...opened,
  revision: 3,
  deviceId: 'other-tab',
  vv: { 'this-laptop': 2, 'other-tab': 1 },
  notes: 'Met at the station; speaks Russian',
};
const mine = { ...opened, notes: 'Met at the station at 9:00' };

/**
 * A form's save as every form runs it: the first attempt against the version opened on, which
 * the database refuses once (the record changed meanwhile); what each attempt was told is kept.
 */
function Form({ attempts, onOutcome }: { attempts: SaveOptions[]; onOutcome(o: SaveOutcome<string>): void }) {
  const save = useSaveAction();
  const [done, setDone] = useState(false);
  const submit = async () => {
    const outcome = await save.run(
      async (options) => {
        attempts.push(options);
        if (attempts.length === 1) throw new SaveConflictError(stored, mine);
        return 'saved';
      },
      { basedOn: basisOf(opened) },
    );
    onOutcome(outcome);
    setDone(true);
  };
  return (
    <button type="button" onClick={() => void submit()}>
      {done ? 'Finished' : 'Save the contact'}
    </button>
  );
}

async function saveWithConflict() {
  const attempts: SaveOptions[] = [];
  const outcomes: SaveOutcome<string>[] = [];
  render(
    <MantineProvider>
      <SaveConflictHost>
        <Form attempts={attempts} onOutcome={(outcome) => outcomes.push(outcome)} />
      </SaveConflictHost>
    </MantineProvider>,
  );
  fireEvent.click(screen.getByRole('button', { name: 'Save the contact' }));
  const dialog = await screen.findByRole('dialog', { name: 'Changed meanwhile' });
  return { attempts, outcomes, dialog };
}

const finished = () => screen.findByRole('button', { name: 'Finished' });

describe('a form saved on a version changed meanwhile', () => {
  beforeAll(async () => {
    stubMissingBrowserApis();
    await setupI18n();
    await act(() => changeUiLanguage('en'));
  });
  afterEach(cleanup);

  it('first saves against the version the form was opened on, then shows both versions', async () => {
    const { attempts, dialog } = await saveWithConflict();
    expect(attempts).toEqual([{ basedOn: basisOf(opened) }]);
    expect(dialog.textContent).toContain('Met at the station at 9:00');
    expect(dialog.textContent).toContain('Met at the station; speaks Russian');
  });

  it('"keep my version" saves again against the version now stored', async () => {
    const { attempts, outcomes } = await saveWithConflict();
    fireEvent.click(screen.getByRole('button', { name: 'Keep my version' }));
    await finished();
    expect(attempts[1]).toEqual({ basedOn: basisOf(stored) });
    expect(outcomes).toEqual([{ ok: true, value: 'saved', done: true }]);
  });

  it('"keep the saved version" writes nothing, and the form is done', async () => {
    const { attempts, outcomes } = await saveWithConflict();
    fireEvent.click(screen.getByRole('button', { name: 'Keep the saved version' }));
    await finished();
    expect(attempts).toHaveLength(1);
    expect(outcomes).toEqual([{ ok: false, done: true }]);
  });

  it('closing the dialog writes nothing and leaves the form open with its input', async () => {
    const { attempts, outcomes } = await saveWithConflict();
    fireEvent.keyDown(screen.getByRole('dialog', { name: 'Changed meanwhile' }), { key: 'Escape' });
    await finished();
    expect(attempts).toHaveLength(1);
    expect(outcomes).toEqual([{ ok: false, done: false }]);
  });

  it('a text merged by hand is saved over my version, against the version now stored', async () => {
    const { attempts, outcomes } = await saveWithConflict();
    fireEvent.click(screen.getByRole('button', { name: 'Merge by hand' }));
    const merged = screen.getByRole('textbox', { name: 'Notes: merged text' });
    expect((merged as HTMLTextAreaElement).value).toBe('Met at the station at 9:00');
    fireEvent.change(merged, { target: { value: 'Met at the station at 9:00; speaks Russian' } });
    fireEvent.click(screen.getByRole('button', { name: 'Save the merged text' }));
    await finished();
    expect(attempts[1]).toEqual({
      basedOn: basisOf(stored),
      patch: { notes: 'Met at the station at 9:00; speaks Russian' },
    });
    expect(outcomes[0]?.done).toBe(true);
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});
