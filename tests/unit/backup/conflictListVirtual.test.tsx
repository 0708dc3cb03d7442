// @vitest-environment jsdom
import { MantineProvider } from '@mantine/core';
import { fireEvent, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import type { ExchangeConflict } from '../../../renderer/db/exchange';
import type { Resolution } from '../../../renderer/domain/merge';
import { ConflictList } from '../../../renderer/features/backup/ConflictList';
import { finding } from '../search/records';
import {
  fourDigits,
  prepareVirtualListTests,
  renderSettled,
  settle,
  shownIndexes,
} from '../windowVirtualLists';

/** Finding `index` retitled on both laptops since they last exchanged. */
function conflict(index: number): ExchangeConflict {
  return {
    kind: 'findings',
    id: `f${fourDigits(index)}`,
    local: finding(`f${fourDigits(index)}`, { en: `Mine ${fourDigits(index)}` }),
    incoming: finding(`f${fourDigits(index)}`, { en: `Boris’s ${fourDigits(index)}` }),
    canKeepBoth: true,
  };
}

/** The list as the exchange import holds it: choices kept by the parent. */
function Harness({ conflicts }: { conflicts: ExchangeConflict[] }) {
  const [choices, setChoices] = useState<ReadonlyMap<string, Resolution>>(new Map());
  return (
    <MantineProvider>
      <ConflictList
        conflicts={conflicts}
        senderName="Boris"
        choices={choices}
        onChoose={(id, choice) => setChoices((current) => new Map(current).set(id, choice))}
        onChooseForAll={(choice) => setChoices(new Map(conflicts.map((c) => [c.id, choice])))}
      />
    </MantineProvider>
  );
}

describe('hundreds of records changed on both laptops', () => {
  prepareVirtualListTests();

  it('keeps only the cards near the window in the page, and one click chooses for all of them', async () => {
    const conflicts = Array.from({ length: 500 }, (_, index) => conflict(index + 1));
    const { container } = await renderSettled(<Harness conflicts={conflicts} />);
    expect(shownIndexes(container).length).toBeLessThanOrEqual(15);
    expect(screen.getByRole('status')).toHaveProperty('textContent', '500 records still need a choice.');

    const first = screen.getByRole('radiogroup', { name: 'Which version of “Mine 0001” to keep' });
    fireEvent.click(within(first).getByRole('radio', { name: 'Take theirs' }));
    await settle();
    expect(screen.getByRole('status')).toHaveProperty('textContent', '499 records still need a choice.');

    const forAll = screen.getByRole('group', { name: 'For every record:' });
    fireEvent.click(within(forAll).getByRole('button', { name: 'Keep my versions' }));
    await settle();
    expect(screen.queryByRole('status')).toBeNull();
    expect(within(first).getByRole('radio', { name: 'Keep mine' })).toHaveProperty('checked', true);
  });

  it('offers no choice for all when there is only one record', async () => {
    await renderSettled(<Harness conflicts={[conflict(1)]} />);
    expect(screen.queryByRole('group', { name: 'For every record:' })).toBeNull();
    expect(screen.getByRole('status')).toHaveProperty('textContent', '1 record still needs a choice.');
  });
});
