// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ImportEntry } from '../../../renderer/domain/vcard/importPlan';
import { vcardImport } from '../../../renderer/features/contacts/vcardBackgroundImport';
import { VcardImportModal } from '../../../renderer/features/contacts/VcardImportModal';
import { VcardImportStatus } from '../../../renderer/features/contacts/VcardImportStatus';
import { changeUiLanguage, setupI18n } from '../../../renderer/i18n/setup';
import { useBackgroundImport } from '../../../renderer/ui/useBackgroundImport';
import { stubMissingBrowserApis } from '../windowVirtualLists';

const cards = (count: number) =>
  Array.from(
    { length: count },
    (_, i) =>
      `BEGIN:VCARD\r\nVERSION:4.0\r\nN:Family${i};Given${i};;;\r\nFN:Given${i} Family${i}\r\nEND:VCARD\r\n`,
  ).join('');

/** What the shell shows (BackgroundImports), without its lazy loading and the database's records. */
function Shell() {
  const { dialogOpen } = useBackgroundImport(vcardImport);
  return (
    <MantineProvider>
      {dialogOpen && <VcardImportModal tourId="tour-1" contacts={[]} organisations={[]} />}
      <VcardImportStatus />
    </MantineProvider>
  );
}

function chooseFile(count: number) {
  const file = new File([cards(count)], 'address book.vcf', { type: 'text/vcard' });
  const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
  fireEvent.change(input, { target: { files: [file] } });
}

describe('a vCard read in the background', () => {
  beforeAll(async () => {
    await setupI18n();
    await changeUiLanguage('en');
    stubMissingBrowserApis();
  });
  afterEach(() => {
    cleanup();
    vcardImport.discard();
  });

  it('"Keep working" closes the dialog; the status on the screen offers Review, which brings the preview back', async () => {
    vcardImport.openDialog('tour-1');
    render(<Shell />);
    chooseFile(3);
    const dialog = screen.getByRole('dialog', { name: 'Import vCard' });
    expect(within(dialog).getByRole('progressbar', { name: 'How far the file is checked' })).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: 'Keep working' }));
    expect(screen.queryByRole('dialog')).toBeNull();

    const status = screen.getByRole('region', { name: 'File import' });
    expect(
      within(status).getByText('Reading “address book.vcf”. You can keep working meanwhile.'),
    ).toBeTruthy();
    expect(within(status).getByRole('button', { name: 'Cancel' })).toBeTruthy();

    expect(
      await within(status).findByText(
        '3 cards read from “address book.vcf”: review them and confirm the import.',
      ),
    ).toBeTruthy();
    fireEvent.click(within(status).getByRole('button', { name: 'Review' }));
    const preview = await screen.findByRole('table', { name: 'Contacts in the file' });
    expect(within(preview).getAllByRole('row')).toHaveLength(4);
    // The status is not shown twice while the dialog is open.
    expect(screen.queryByRole('region', { name: 'File import' })).toBeNull();

    // Escape (or ×) on a preview drops it, as Cancel does: nothing is imported.
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(vcardImport.get().job.phase).toBe('idle');
  });

  it('Escape while the file is read keeps it being read; Cancel in the status stops it', () => {
    vcardImport.openDialog('tour-1');
    render(<Shell />);
    chooseFile(2);
    fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    expect(vcardImport.get()).toMatchObject({ dialogOpen: false, job: { phase: 'reading' } });
    const status = screen.getByRole('region', { name: 'File import' });
    fireEvent.click(within(status).getByRole('button', { name: 'Cancel' }));
    expect(vcardImport.get().job.phase).toBe('idle');
    expect(screen.queryByRole('region', { name: 'File import' })).toBeNull();
  });

  it('a refused file is told in the status, with its reason in the dialog', async () => {
    vcardImport.openDialog('tour-1');
    render(<Shell />);
    const file = new File(['Name,E-mail\n'], 'contacts.csv', { type: 'text/csv' });
    fireEvent.change(document.querySelector('input[type="file"]')!, { target: { files: [file] } });
    fireEvent.click(screen.getByRole('button', { name: 'Keep working' }));
    const status = screen.getByRole('region', { name: 'File import' });
    expect(await within(status).findByText('“contacts.csv” was refused: nothing imported.')).toBeTruthy();
    fireEvent.click(within(status).getByRole('button', { name: 'Details' }));
    expect(within(screen.getByRole('dialog')).getByRole('alert').textContent).toContain(
      'This is not a vCard file',
    );
  });

  it('counts thousands of cards as the interface language writes numbers', async () => {
    render(<Shell />);
    const file = new File([''], 'address book.vcf', { type: 'text/vcard' });
    vcardImport.start('tour-1', file, async () => Array.from({ length: 12_345 }, () => ({}) as ImportEntry));
    expect(
      await screen.findByText(
        '12,345 cards read from “address book.vcf”: review them and confirm the import.',
      ),
    ).toBeTruthy();
    // Russian, Belarusian and Hungarian group digits with a no-break space (Chromium has no
    // Belarusian number data: the app's own rule stands in).
    for (const [language, text] of [
      ['ru', 'Из «address book.vcf» прочитано 12\u00a0345 карточек: проверьте их и подтвердите импорт.'],
      ['be', 'З «address book.vcf» прачытана 12\u00a0345 картак: праверце іх і пацвердзіце імпарт.'],
      [
        'hu',
        '12\u00a0345 névjegy beolvasva a(z) „address book.vcf” fájlból: nézze át, és hagyja jóvá az importálást.',
      ],
    ] as const) {
      await act(() => changeUiLanguage(language));
      expect(within(screen.getByRole('region')).getByRole('status').textContent).toBe(text);
    }
    await act(() => changeUiLanguage('en'));
  });
});
