import { Alert, Button, Group, Modal, Stack, Table, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SaveConflictError } from '../domain/merge';
import { LANGUAGE_NATIVE_NAMES } from '../i18n/languages';
import { useUiLanguage } from '../i18n/useUiLanguage';
import { differingRows, formatValue, recordLabel } from './conflictFields';
import { mergeableTexts, mergedPatch } from './mergeableTexts';

/**
 * What the user chose: save my version over the one saved meanwhile, keep that one (nothing is
 * written), or save my version with texts merged by hand (`patch`, written over mine). Both
 * saves are new versions descending from the one saved meanwhile, and so from mine's basis too.
 * `back`: the dialog was closed (Escape, ×): nothing is written and the form keeps the input.
 */
export type SaveChoice =
  | { kind: 'mine' }
  | { kind: 'theirs' }
  | { kind: 'merged'; patch: Record<string, unknown> }
  | { kind: 'back' };

interface Props {
  conflict: SaveConflictError;
  onChoose(choice: SaveChoice): void;
}

/**
 * The form's version and the one saved meanwhile, side by side where they differ. The user keeps
 * one, or merges the differing texts by hand (the other fields keep the form's values). For a
 * deletion: the version the user chose to delete beside the one stored now; delete it anyway or
 * keep it.
 */
export function SaveConflictDialog({ conflict, onChoose }: Props) {
  const { t, i18n } = useTranslation();
  const language = useUiLanguage();
  const stored = conflict.stored as unknown as Record<string, unknown>;
  const deletion = conflict.kind.deletion === true;
  const seen = conflict.draft as Record<string, unknown>;
  const mine: Record<string, unknown> = deletion ? seen : { ...stored, ...conflict.draft, deletedAt: null };
  // A deletion's "mine" is what the user saw: only the fields it shows are compared.
  const rows = differingRows(mine, stored).filter(
    (row) => row.path[0] !== 'deletedAt' && (!deletion || row.path[0]! in seen),
  );
  // One dialog per conflict (the host keys it), so the texts are computed once.
  const [texts] = useState(() => (deletion ? [] : mergeableTexts(mine, stored)));
  const [merging, setMerging] = useState(false);
  const [merged, setMerged] = useState<Record<string, string>>(() =>
    Object.fromEntries(texts.map((text) => [text.key, text.mine])),
  );
  const segmentLabel = (key: string) =>
    i18n.exists(`backup.fields.${key}`)
      ? t(`backup.fields.${key}`)
      : i18n.exists(`documents.kinds.${key}`)
        ? t(`documents.kinds.${key}`)
        : key;
  const fieldLabel = (path: string | readonly string[]) =>
    (typeof path === 'string' ? [path] : path).map(segmentLabel).join(' › ');
  const textLabel = (field: string, lang: string | null) =>
    lang === null
      ? t('saveConflict.merge.field', { field: fieldLabel(field) })
      : t('saveConflict.merge.fieldIn', {
          field: fieldLabel(field),
          language: LANGUAGE_NATIVE_NAMES[lang as keyof typeof LANGUAGE_NATIVE_NAMES],
        });

  return (
    <Modal
      opened
      onClose={() => onChoose({ kind: 'back' })}
      title={t('saveConflict.title')}
      size="lg"
      zIndex={400}
    >
      <Stack gap="sm">
        <Text size="sm">{t(deletion ? 'saveConflict.deletion.intro' : 'saveConflict.intro')}</Text>
        {conflict.kind.alongside && (
          <Text size="sm" fw={600}>
            {t('saveConflict.alongside', { name: recordLabel(stored, language) })}
          </Text>
        )}
        {conflict.stored.deletedAt !== null && (
          <Alert color="orange" role="note">
            {t('saveConflict.deleted')}
          </Alert>
        )}
        <Table withTableBorder withColumnBorders layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th w="20%">{t('backup.conflict.field')}</Table.Th>
              <Table.Th>{t(deletion ? 'saveConflict.deletion.seen' : 'saveConflict.mine')}</Table.Th>
              <Table.Th>{t('saveConflict.stored')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((row) => (
              <Table.Tr key={row.path.join('.')}>
                <Table.Th scope="row">{fieldLabel(row.path)}</Table.Th>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{formatValue(row.mine, language, t)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{formatValue(row.stored, language, t)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        {merging ? (
          <>
            <Text size="sm">{t('saveConflict.merge.hint')}</Text>
            {texts.map((text) => (
              <Textarea
                key={text.key}
                lang={text.language ?? undefined}
                label={textLabel(text.field, text.language)}
                autosize
                minRows={2}
                maxRows={10}
                value={merged[text.key] ?? ''}
                onChange={(event) => {
                  const value = event.currentTarget.value;
                  setMerged((old) => ({ ...old, [text.key]: value }));
                }}
              />
            ))}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setMerging(false)}>
                {t('saveConflict.merge.back')}
              </Button>
              <Button onClick={() => onChoose({ kind: 'merged', patch: mergedPatch(mine, texts, merged) })}>
                {t('saveConflict.merge.save')}
              </Button>
            </Group>
          </>
        ) : deletion ? (
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onChoose({ kind: 'theirs' })}>
              {t('saveConflict.deletion.keep')}
            </Button>
            <Button color="red" onClick={() => onChoose({ kind: 'mine' })}>
              {t('saveConflict.deletion.confirm')}
            </Button>
          </Group>
        ) : (
          <Group justify="flex-end">
            <Button variant="default" onClick={() => onChoose({ kind: 'theirs' })}>
              {t('saveConflict.keepStored')}
            </Button>
            {texts.length > 0 && (
              <Button variant="default" onClick={() => setMerging(true)}>
                {t('saveConflict.merge.start')}
              </Button>
            )}
            <Button onClick={() => onChoose({ kind: 'mine' })}>{t('saveConflict.keepMine')}</Button>
          </Group>
        )}
      </Stack>
    </Modal>
  );
}
