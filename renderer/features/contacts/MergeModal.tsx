import { useState, type ReactNode } from 'react';
import { Button, Group, Modal, Radio, Select, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useSaveAction } from '../../ui/useSaveAction';

export interface MergeCandidate {
  id: string;
  label: string;
}

interface MergeModalProps {
  kind: 'contact' | 'organisation';
  /** The record the merge was started from. */
  current: MergeCandidate;
  /** The tour's other live records of the same kind; `suggested` (likely duplicates) come first. */
  others: readonly MergeCandidate[];
  suggested: readonly string[];
  /** What refers to a record, shown under each choice. */
  usage(id: string): ReactNode;
  merge(keptId: string, removedId: string): Promise<unknown>;
  onClose(): void;
}

/**
 * Two records that are the same person or organisation become one: the user picks the other one
 * and which of the two to keep; every link moves to the kept one, the other is deleted (and can
 * be found in "Recently deleted").
 */
export function MergeModal({ kind, current, others, suggested, usage, merge, onClose }: MergeModalProps) {
  const { t } = useTranslation();
  const save = useSaveAction();
  const ordered = [
    ...others.filter((other) => suggested.includes(other.id)),
    ...others.filter((other) => !suggested.includes(other.id)),
  ];
  const [otherId, setOtherId] = useState<string | null>(
    ordered.find((o) => suggested.includes(o.id))?.id ?? null,
  );
  const [keptId, setKeptId] = useState(current.id);
  const other = others.find((candidate) => candidate.id === otherId);

  const run = async () => {
    if (!other) return;
    const removedId = keptId === current.id ? other.id : current.id;
    const kept = keptId === current.id ? current : other;
    const outcome = await save.run(() => merge(keptId, removedId));
    if (!outcome.ok) return;
    notifications.show({ color: 'green', message: t(`duplicates.merge.${kind}.done`, { name: kept.label }) });
    onClose();
  };

  return (
    <Modal opened onClose={onClose} size="lg" title={t(`duplicates.merge.${kind}.title`)}>
      <Stack>
        <Text size="sm">{t(`duplicates.merge.${kind}.hint`)}</Text>
        <Select
          label={t(`duplicates.merge.${kind}.other`)}
          placeholder={t('duplicates.merge.choose')}
          data={ordered.map((candidate) => ({ value: candidate.id, label: candidate.label }))}
          value={otherId}
          onChange={(id) => {
            setOtherId(id);
            if (keptId !== current.id) setKeptId(id ?? current.id);
          }}
          searchable
          nothingFoundMessage={t('common.nothingFound')}
        />
        {other && (
          <Radio.Group label={t('duplicates.merge.keep')} value={keptId} onChange={setKeptId}>
            <Stack gap="sm" mt="xs">
              {[current, other].map((candidate) => (
                <Radio
                  key={candidate.id}
                  value={candidate.id}
                  label={candidate.label}
                  description={usage(candidate.id)}
                />
              ))}
            </Stack>
          </Radio.Group>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button disabled={!other} loading={save.pending} onClick={() => void run()}>
            {t('duplicates.merge.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
