// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { changeUiLanguage, setupI18n } from '../../../renderer/i18n/setup';
import { FormModal, type FormModalDraft, type SubmitResult } from '../../../renderer/ui/FormModal';
import { stubMissingBrowserApis } from '../windowVirtualLists';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const KEPT = 'Your unsaved changes are kept as a draft';

function typedDraft(): FormModalDraft {
  return {
    status: 'editing',
    offeredAt: null,
    savedAt: null,
    dirty: true,
    continueDraft: vi.fn(),
    discardDraft: vi.fn(),
    flush: vi.fn(async () => undefined),
    forget: vi.fn(async () => undefined),
  };
}

function openForm(props: {
  onSubmit?: () => Promise<SubmitResult>;
  onClose?: () => void;
  changed?: boolean;
}) {
  const onClose = props.onClose ?? vi.fn();
  render(
    <MantineProvider>
      <Notifications />
      <FormModal
        title="New contact"
        draft={typedDraft()}
        changed={props.changed}
        saving={false}
        onSubmit={props.onSubmit ?? (async () => ({ saved: true }))}
        onClose={onClose}
      >
        <input aria-label="Family name" defaultValue="Tóth" />
      </FormModal>
    </MantineProvider>,
  );
  return { onClose, dialog: screen.getByRole('dialog', { name: 'New contact' }) };
}

describe('the form frame', () => {
  beforeAll(async () => {
    await setupI18n();
    await changeUiLanguage('en');
    stubMissingBrowserApis();
  });
  afterEach(cleanup);

  it('saves once when Enter is pressed again while the first save is still running', async () => {
    let finish: (result: SubmitResult) => void = () => undefined;
    const onSubmit = vi.fn(() => new Promise<SubmitResult>((resolve) => (finish = resolve)));
    const { onClose } = openForm({ onSubmit });
    const field = screen.getByLabelText('Family name');
    fireEvent.submit(field.closest('form')!);
    fireEvent.submit(field.closest('form')!);
    expect(onSubmit).toHaveBeenCalledTimes(1);
    await act(async () => finish({ saved: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('takes a Save again after one that found problems', async () => {
    const onSubmit = vi.fn(async (): Promise<SubmitResult> => ({ invalid: 1 }));
    openForm({ onSubmit });
    const form = screen.getByLabelText('Family name').closest('form')!;
    await act(async () => void fireEvent.submit(form));
    await act(async () => void fireEvent.submit(form));
    expect(onSubmit).toHaveBeenCalledTimes(2);
  });

  it('closed by Escape with photos chosen, asks first and says nothing yet about a draft', async () => {
    const { onClose, dialog } = openForm({ changed: true });
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(await screen.findByText('Discard your changes?')).toBeTruthy();
    expect(screen.queryByText(KEPT, { exact: false })).toBeNull();
    expect(onClose).not.toHaveBeenCalled();
  });

  it('closed by Escape with only typed input, closes and says the draft is kept', async () => {
    const { onClose, dialog } = openForm({});
    fireEvent.keyDown(dialog, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(await screen.findByText(KEPT, { exact: false })).toBeTruthy();
  });
});
