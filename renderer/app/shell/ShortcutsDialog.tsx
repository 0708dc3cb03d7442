import { Fragment } from 'react';
import { Kbd, Modal, Table } from '@mantine/core';
import { useOs } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { SCREENS } from '../screens';
import {
  CLOSE_SHORTCUT,
  forPlatform,
  HELP_SHORTCUT,
  INSERT_SUGGESTION_SHORTCUT,
  LOCK_SHORTCUT,
  NEW_FINDING_SHORTCUT,
  SAVE_SHORTCUT,
  screenShortcut,
  SEARCH_SHORTCUT,
  SKIP_SHORTCUT,
  type Shortcut,
} from './shortcuts';

function Keys({ shortcut, mac }: { shortcut: Shortcut; mac: boolean }) {
  const keys = forPlatform(shortcut, mac);
  return keys.map((key, index) => (
    <Fragment key={key}>
      {index > 0 && ' + '}
      <Kbd>{key}</Kbd>
    </Fragment>
  ));
}

/** Every keyboard shortcut of the app, opened with F1, "?" or the header's help button. */
export function ShortcutsDialog({ opened, onClose }: { opened: boolean; onClose(): void }) {
  const { t } = useTranslation();
  const os = useOs();
  const mac = os === 'macos' || os === 'ios';
  const rows: { label: string; shortcut: Shortcut }[] = [
    ...SCREENS.flatMap((screen) => {
      const shortcut = screenShortcut(screen.id);
      return shortcut
        ? [{ label: t('shell.shortcuts.openScreen', { screen: t(screen.navKey) }), shortcut }]
        : [];
    }),
    { label: t('shell.shortcuts.newFinding'), shortcut: NEW_FINDING_SHORTCUT },
    { label: t('shell.shortcuts.search'), shortcut: SEARCH_SHORTCUT },
    { label: t('shell.shortcuts.save'), shortcut: SAVE_SHORTCUT },
    { label: t('glossary.suggestions.shortcut'), shortcut: INSERT_SUGGESTION_SHORTCUT },
    { label: t('shell.shortcuts.close'), shortcut: CLOSE_SHORTCUT },
    { label: t('shell.shortcuts.skip'), shortcut: SKIP_SHORTCUT },
    { label: t('shell.shortcuts.help'), shortcut: HELP_SHORTCUT },
    { label: t('protection.lock.shortcut'), shortcut: LOCK_SHORTCUT },
  ];
  return (
    <Modal opened={opened} onClose={onClose} title={t('shell.shortcuts.title')} size="lg">
      <Table striped aria-label={t('shell.shortcuts.title')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('shell.shortcuts.action')}</Table.Th>
            <Table.Th scope="col">{t('shell.shortcuts.keys')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr key={row.label}>
              <Table.Td>{row.label}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Keys shortcut={row.shortcut} mac={mac} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Modal>
  );
}
