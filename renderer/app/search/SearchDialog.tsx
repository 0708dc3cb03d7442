import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import { Box, Modal, ScrollArea, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { groupHits, presentHit, type SearchHit, type TourSearchIndex } from '../../domain/search';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { HighlightedText } from './HighlightedText';

interface SearchDialogProps {
  opened: boolean;
  onClose: () => void;
  query: string;
  onQueryChange: (query: string) => void;
  index: TourSearchIndex | null;
  /** Changes when the index does, so open results follow the data. */
  generation: number;
  onOpenHit: (hit: SearchHit) => void;
}

/**
 * The spotlight-like search dialog: a combobox input over a listbox of results grouped by kind.
 * Arrow keys move through the results, Enter opens the highlighted one, Esc closes (Modal).
 */
export function SearchDialog({
  opened,
  onClose,
  query,
  onQueryChange,
  index,
  generation,
  onOpenHit,
}: SearchDialogProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const baseId = useId();
  const listboxId = `${baseId}-results`;
  const [active, setActive] = useState(0);

  const groups = useMemo(
    () => (index && query.trim() !== '' ? groupHits(index.search(query)) : []),
    // generation: the index object stays the same while its contents change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [index, generation, query],
  );
  const options = useMemo(() => groups.flatMap((group) => group.hits), [groups]);
  const optionId = (position: number) => `${baseId}-option-${position}`;

  useEffect(() => {
    document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' });
    // optionId depends only on baseId, which never changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [active]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (options.length === 0) return;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((current) => (current + 1) % options.length);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((current) => (current - 1 + options.length) % options.length);
    } else if (event.key === 'Home' && event.ctrlKey) {
      event.preventDefault();
      setActive(0);
    } else if (event.key === 'End' && event.ctrlKey) {
      event.preventDefault();
      setActive(options.length - 1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const hit = options[Math.min(active, options.length - 1)];
      if (hit) onOpenHit(hit);
    }
  };

  const status =
    query.trim() === ''
      ? t('search.hint')
      : index === null
        ? t('search.indexing')
        : options.length === 0
          ? t('search.noResults')
          : t('search.resultCount', { count: options.length });

  let position = -1;
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('search.dialogTitle')}
      size="lg"
      yOffset="10vh"
      returnFocus
    >
      <Stack gap="sm">
        <TextInput
          data-autofocus
          aria-label={t('search.label')}
          placeholder={t('search.placeholder')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={query}
          onChange={(event) => {
            // A new query starts again from the best match.
            setActive(0);
            onQueryChange(event.currentTarget.value);
          }}
          onKeyDown={onKeyDown}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={options.length > 0}
          aria-controls={listboxId}
          aria-activedescendant={
            options.length > 0 ? optionId(Math.min(active, options.length - 1)) : undefined
          }
          autoComplete="off"
          spellCheck={false}
        />
        <Text size="sm" role="status" aria-live="polite">
          {status}
        </Text>
        <ScrollArea.Autosize mah="55vh" type="auto">
          <div role="listbox" id={listboxId} aria-label={t('search.results')}>
            {groups.map((group) => {
              const headingId = `${baseId}-group-${group.kind}`;
              return (
                <Box key={group.kind} role="group" aria-labelledby={headingId} mb="sm">
                  <Text id={headingId} size="xs" fw={700} tt="uppercase" mb={4} role="presentation">
                    {t(`search.kinds.${group.kind}`)}
                  </Text>
                  {group.hits.map((hit) => {
                    position += 1;
                    const mine = position;
                    const shown = presentHit(hit.document, query, language);
                    const selected = mine === active;
                    return (
                      <UnstyledButton
                        key={hit.document.id}
                        id={optionId(mine)}
                        component="div"
                        role="option"
                        aria-selected={selected}
                        tabIndex={-1}
                        onMouseMove={() => setActive(mine)}
                        onClick={() => onOpenHit(hit)}
                        display="block"
                        w="100%"
                        px="sm"
                        py={6}
                        style={{
                          borderRadius: 'var(--mantine-radius-sm)',
                          background: selected ? 'var(--mantine-color-blue-light)' : undefined,
                          outline: selected ? '2px solid var(--mantine-color-blue-8)' : undefined,
                        }}
                      >
                        <Text size="sm" fw={500} lineClamp={2}>
                          <HighlightedText segments={shown.title} />
                        </Text>
                        {shown.context && (
                          <Text size="xs" lineClamp={2}>
                            <HighlightedText segments={shown.context} />
                          </Text>
                        )}
                      </UnstyledButton>
                    );
                  })}
                </Box>
              );
            })}
          </div>
        </ScrollArea.Autosize>
      </Stack>
    </Modal>
  );
}
