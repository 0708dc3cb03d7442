import { Alert, Button, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SaveConflictError } from '../domain/merge';
import { useUiLanguage } from '../i18n/useUiLanguage';
import { differingFields, formatValue } from './conflictFields';

interface Props {
  conflict: SaveConflictError;
  onChoose(keepMine: boolean): void;
}

/** The form's version and the one saved meanwhile, side by side where they differ; the user keeps one. */
export function SaveConflictDialog({ conflict, onChoose }: Props) {
  const { t, i18n } = useTranslation();
  const language = useUiLanguage();
  const stored = conflict.stored as unknown as Record<string, unknown>;
  const mine: Record<string, unknown> = { ...stored, ...conflict.draft, deletedAt: null };
  const fields = differingFields(mine, stored).filter((key) => key !== 'deletedAt');
  const fieldLabel = (key: string) => (i18n.exists(`backup.fields.${key}`) ? t(`backup.fields.${key}`) : key);
  return (
    <Modal opened onClose={() => onChoose(false)} title={t('saveConflict.title')} size="lg" zIndex={400}>
      <Stack gap="sm">
        <Text size="sm">{t('saveConflict.intro')}</Text>
        {conflict.stored.deletedAt !== null && (
          <Alert color="orange" role="note">
            {t('saveConflict.deleted')}
          </Alert>
        )}
        <Table withTableBorder withColumnBorders layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="20%">{t('backup.conflict.field')}</Table.Th>
              <Table.Th>{t('saveConflict.mine')}</Table.Th>
              <Table.Th>{t('saveConflict.stored')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map((key) => (
              <Table.Tr key={key}>
                <Table.Th scope="row">{fieldLabel(key)}</Table.Th>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{formatValue(mine[key], language, t)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>
                  {formatValue(stored[key], language, t)}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => onChoose(false)}>
            {t('saveConflict.keepStored')}
          </Button>
          <Button onClick={() => onChoose(true)}>{t('saveConflict.keepMine')}</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
