// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { parseVCardFile } from '../../../renderer/domain/vcard/parseVcard';
import { LISTED_CARDS_AT_MOST, VcardImportModal } from '../../../renderer/features/contacts/VcardImportModal';
import { vcardImport } from '../../../renderer/features/contacts/vcardBackgroundImport';
import { changeUiLanguage, setupI18n } from '../../../renderer/i18n/setup';
import { stubMissingBrowserApis } from '../windowVirtualLists';

/** A .vcf of `count` different people. */
function manyCards(count: number): string {
  return Array.from(
    { length: count },
    (_, i) =>
      `BEGIN:VCARD\r\nVERSION:4.0\r\nN:Family${i};Given${i};;;\r\nFN:Given${i} Family${i}\r\nEMAIL:p${i}@example.org\r\nEND:VCARD\r\n`,
  ).join('');
}

describe('a vCard with many cards is previewed as a count to confirm', () => {
  beforeAll(async () => {
    await setupI18n();
    await changeUiLanguage('en');
    stubMissingBrowserApis();
  });
  afterEach(() => {
    cleanup();
    vcardImport.discard();
  });

  it('reads a 10,000-card file completely (to be confirmed, not written)', () => {
    expect(parseVCardFile(manyCards(10_000))).toHaveLength(10_000);
  });

  it('above 200 cards shows the count and the confirm button, not a list of every card', async () => {
    render(
      <MantineProvider>
        <VcardImportModal tourId="t" contacts={[]} organisations={[]} />
      </MantineProvider>,
    );
    const count = LISTED_CARDS_AT_MOST + 1;
    const file = new File([manyCards(count)], 'address book.vcf', { type: 'text/vcard' });
    const input = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText(`${count} cards to import`)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByRole('button', { name: `Import ${count} contacts` })).toBeTruthy();
  });
});
