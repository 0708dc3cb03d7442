import { Badge, Group, Paper, Radio, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExchangeConflict } from '../../db/exchange';
import type { Resolution } from '../../domain/merge';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { differingFields, formatValue, recordLabel } from '../../ui/conflictFields';
import { formatMoment } from './formatting';

interface ConflictCardProps {
  conflict: ExchangeConflict;
  senderName: string;
  choice: Resolution | undefined;
  onChoose: (choice: Resolution) => void;
}

/** Both versions of a record side by side, only where they differ, and the choice between them. */
export function ConflictCard({ conflict, senderName, choice, onChoose }: ConflictCardProps) {
  const { t, i18n } = useTranslation();
  const language = useUiLanguage();
  const title = recordLabel(conflict.local, language) || recordLabel(conflict.incoming, language);
  const fields = differingFields(conflict.local, conflict.incoming);
  const fieldLabel = (key: string) => (i18n.exists(`backup.fields.${key}`) ? t(`backup.fields.${key}`) : key);
  const cell = (record: object, key: string) =>
    key === 'deletedAt'
      ? (record as { deletedAt: string | null }).deletedAt
        ? t('backup.conflict.deletedValue')
        : t('backup.conflict.empty')
      : formatValue((record as Record<string, unknown>)[key], language, t);

  return (
    <Paper withBorder p="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Group gap="xs">
          <Badge variant="light">{t(`backup.kinds.${conflict.kind}`)}</Badge>
          <Text fw={600}>{title}</Text>
        </Group>
        <Table withTableBorder withColumnBorders layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="20%">{t('backup.conflict.field')}</Table.Th>
              <Table.Th>{t('backup.conflict.mine')}</Table.Th>
              <Table.Th>{t('backup.conflict.theirs', { name: senderName })}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {fields.map((key) => (
              <Table.Tr key={key}>
                <Table.Th scope="row">{fieldLabel(key)}</Table.Th>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{cell(conflict.local, key)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{cell(conflict.incoming, key)}</Table.Td>
              </Table.Tr>
            ))}
            <Table.Tr>
              <Table.Th scope="row">{t('backup.conflict.lastChanged')}</Table.Th>
              <Table.Td>{formatMoment(conflict.local.updatedAt, language)}</Table.Td>
              <Table.Td>{formatMoment(conflict.incoming.updatedAt, language)}</Table.Td>
            </Table.Tr>
          </Table.Tbody>
        </Table>
        <Radio.Group
          label={t('backup.conflict.choiceLabel', { title })}
          value={choice ?? null}
          onChange={(value) => onChoose(value as Resolution)}
        >
          <Group mt={4}>
            <Radio value="mine" label={t('backup.conflict.keepMine')} />
            <Radio value="theirs" label={t('backup.conflict.keepTheirs')} />
            {conflict.canKeepBoth && <Radio value="both" label={t('backup.conflict.keepBoth')} />}
          </Group>
        </Radio.Group>
      </Stack>
    </Paper>
  );
}
