// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CyrillicName } from '../../../renderer/domain/entities';
import type { NameParts } from '../../../renderer/domain/names';
import { CyrillicNameField } from '../../../renderer/features/contacts/CyrillicNameField';
import { changeUiLanguage, setupI18n } from '../../../renderer/i18n/setup';

const SZOKE: NameParts = { prefix: '', familyName: 'Szőke', givenName: 'Ödön', nameOrder: 'family-first' };
// Checked and corrected by the translator when the contact was saved.
const CHECKED: CyrillicName = { familyName: 'Сёке', givenName: 'Эдён', checked: true };

/** The contact form around the field: the Latin name can be edited while the form is open. */
function Form() {
  const [parts, setParts] = useState(SZOKE);
  const [value, setValue] = useState<CyrillicName | undefined>(CHECKED);
  return (
    <MantineProvider>
      <label>
        Family name
        <input
          value={parts.familyName}
          onChange={(e) => setParts({ ...parts, familyName: e.target.value })}
        />
      </label>
      <CyrillicNameField language="ru" parts={parts} value={value} onChange={setValue} />
      <output aria-label="stored">{value ? `${value.familyName} ${value.givenName}` : 'none'}</output>
    </MantineProvider>
  );
}

const renameTo = (familyName: string) =>
  fireEvent.change(screen.getByLabelText('Family name'), { target: { value: familyName } });

describe('a checked Cyrillic form after the Latin name changes', () => {
  beforeAll(async () => {
    window.matchMedia ??= () =>
      ({ matches: false, addEventListener: () => undefined, removeEventListener: () => undefined }) as never;
    await setupI18n();
    await act(() => changeUiLanguage('en'));
  });
  afterEach(cleanup);

  it('stays checked while the Latin name is the one it was checked for', () => {
    render(<Form />);
    expect(screen.getByText('Checked')).toBeTruthy();
    expect(screen.queryByText('Check again')).toBeNull();
  });

  it('asks to be checked again, showing what the rules now suggest, and keeps the form until the user decides', () => {
    render(<Form />);
    renameTo('Szőkéné');
    expect(screen.getByText('Check again')).toBeTruthy();
    expect(
      screen.getByText(/has changed since this form was checked; the rules now suggest “Сёкене Эдён”/),
    ).toBeTruthy();
    expect(screen.getByLabelText('stored').textContent).toBe('Сёке Эдён');

    fireEvent.click(screen.getByRole('button', { name: 'Back to the suggestion' }));
    expect(screen.getByText('Suggested')).toBeTruthy();
    expect(screen.getByLabelText('stored').textContent).toBe('none');
  });

  it('is checked again once the user has looked at it and is done', () => {
    render(<Form />);
    renameTo('Szőkéné');
    fireEvent.click(screen.getByRole('button', { name: 'Correct the Russian form' }));
    fireEvent.click(screen.getByRole('button', { name: 'Done' }));
    expect(screen.getByText('Checked')).toBeTruthy();
    expect(screen.queryByText(/has changed since this form was checked/)).toBeNull();
  });

  it('is no longer stale when the Latin name is changed back', () => {
    render(<Form />);
    renameTo('Szőkéné');
    renameTo('Szőke');
    expect(screen.getByText('Checked')).toBeTruthy();
  });
});
