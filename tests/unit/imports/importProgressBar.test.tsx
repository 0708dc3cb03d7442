// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../renderer/domain/imports/importProgress';
import { changeUiLanguage, setupI18n } from '../../../renderer/i18n/setup';
import { ImportProgressBar } from '../../../renderer/ui/ImportProgressBar';
import { stubMissingBrowserApis } from '../windowVirtualLists';

const bar = (progress: ImportProgress | null) => {
  render(
    <MantineProvider>
      <ImportProgressBar progress={progress} onCancel={() => undefined} />
    </MantineProvider>,
  );
  return screen.getByRole('progressbar', { name: 'How far the file is checked' });
};

describe('the progress bar of a file being read', () => {
  beforeAll(async () => {
    await setupI18n();
    await changeUiLanguage('en');
    stubMissingBrowserApis();
  });
  afterEach(cleanup);

  it('reading the file, which the worker does not measure, is shown as under way, with no value', () => {
    const progress = bar({ stage: 'reading', done: 0, total: 1_600_000 });
    expect(progress.getAttribute('aria-valuenow')).toBeNull();
    expect(progress.getAttribute('aria-valuetext')).toBe('Reading the file…');
  });

  it('cards read are shown as a share', () => {
    const progress = bar({ stage: 'cards', done: 250, total: 1000 });
    expect(progress.getAttribute('aria-valuenow')).toBe('25');
    expect(progress.getAttribute('aria-valuetext')).toBe('Reading the cards: 25 %');
  });
});
