import { lazy, Suspense, useState } from 'react';
import { Kbd, TextInput } from '@mantine/core';
import { useHotkeys, useOs } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SearchHit } from '../../domain/search';
import { searchTarget } from './searchTargets';
import { useTourSearchIndex } from './useTourSearchIndex';

// The dialog and its result rendering load when search is first opened, not at start-up.
const SearchDialog = lazy(() =>
  import('./SearchDialog').then((module) => ({ default: module.SearchDialog })),
);

/**
 * Global search: a field in the header and Ctrl+K / Cmd+K from anywhere (also from inside a text
 * field) open the search dialog; typing in the header field carries the text over into it.
 */
export function GlobalSearch({ tourId }: { tourId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const os = useOs();
  const [opened, setOpened] = useState(false);
  // Once opened, the dialog stays mounted so that closing it animates and keeps its state.
  const [everOpened, setEverOpened] = useState(false);
  if (opened && !everOpened) setEverOpened(true);
  const { index, generation } = useTourSearchIndex(tourId, opened);
  const [query, setQuery] = useState('');
  const shortcut = os === 'macos' || os === 'ios' ? '⌘K' : 'Ctrl+K';

  useHotkeys([['mod+K', () => setOpened(true)]], []);

  const open = (initial?: string) => {
    if (initial !== undefined) setQuery(initial);
    setOpened(true);
  };
  const openHit = (hit: SearchHit) => {
    setOpened(false);
    void navigate(searchTarget(hit.document.kind, hit.document.recordId));
  };

  return (
    <>
      <TextInput
        aria-label={t('search.label')}
        aria-keyshortcuts="Control+K Meta+K"
        placeholder={t('search.placeholder')}
        leftSection={<IconSearch size={16} aria-hidden />}
        rightSection={<Kbd size="xs">{shortcut}</Kbd>}
        rightSectionWidth={shortcut.length * 8 + 16}
        value=""
        onChange={(event) => open(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter' || event.key === 'ArrowDown') {
            event.preventDefault();
            open();
          }
        }}
        onClick={() => open()}
        w={{ base: 170, lg: 220 }}
        visibleFrom="sm"
      />
      {everOpened && (
        <Suspense fallback={null}>
          <SearchDialog
            opened={opened}
            onClose={() => setOpened(false)}
            query={query}
            onQueryChange={setQuery}
            index={index}
            generation={generation}
            onOpenHit={openHit}
          />
        </Suspense>
      )}
    </>
  );
}
