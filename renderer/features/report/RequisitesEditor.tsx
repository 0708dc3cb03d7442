import { useState } from 'react';
import { Button, Group, Paper, SimpleGrid, Stack, Switch, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../ui/DateField';
import { useSaveAction } from '../../ui/useSaveAction';
import { updateTour } from '../../db/tours';
import type { Language, Tour, TourRequisites } from '../../domain/entities';
import { withText } from '../../domain/localizedText';
import type { DocumentKind } from '../../domain/report/model';

/**
 * The requisites of the tour's documents, entered once and stored on the tour (so backups and
 * exchange carry them): the place, the approval block (switched on per document), and the date
 * and registration number of the chosen document. Texts are per document language.
 */
export function RequisitesEditor({
  tour,
  kind,
  language,
}: {
  tour: Tour;
  kind: DocumentKind;
  language: Language;
}) {
  const { t } = useTranslation();
  const stored = tour.requisites ?? {};
  const [place, setPlace] = useState(stored.place?.[language] ?? '');
  const [approvalOn, setApprovalOn] = useState(stored.approval?.documents.includes(kind) ?? false);
  const [approver, setApprover] = useState(stored.approval?.position[language] ?? '');
  const [approverName, setApproverName] = useState(stored.approval?.name[language] ?? '');
  const [date, setDate] = useState(stored.registration?.[kind]?.date ?? '');
  const [number, setNumber] = useState(stored.registration?.[kind]?.number ?? '');
  const saving = useSaveAction();
  const dateValid = date === '' || /^\d{4}-\d{2}-\d{2}$/.test(date);

  const save = async () => {
    await saving.run(
      () =>
        updateTour(tour.id, (current) => {
          const before = current.requisites ?? {};
          const documents = new Set(before.approval?.documents ?? []);
          if (approvalOn) documents.add(kind);
          else documents.delete(kind);
          const requisites: TourRequisites = {
            ...before,
            place: withText(before.place ?? {}, language, place),
            approval: {
              position: withText(before.approval?.position ?? {}, language, approver),
              name: withText(before.approval?.name ?? {}, language, approverName),
              documents: [...documents],
            },
            registration: { ...before.registration, [kind]: { date, number: number.trim() } },
          };
          return { ...current, requisites };
        }),
      { success: t('report.requisites.saved') },
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="documents-requisites">
      <Stack gap="xs">
        <Title order={2} size="h4" id="documents-requisites">
          {t('report.requisites.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={t('report.requisites.place')}
            description={t('report.requisites.placeHint')}
            value={place}
            onChange={(event) => setPlace(event.currentTarget.value)}
          />
          <DateField
            label={t('report.requisites.date')}
            value={date}
            onChange={setDate}
            clearable
            error={dateValid ? undefined : t('report.requisites.dateInvalid')}
          />
          <TextInput
            label={t('report.requisites.number')}
            value={number}
            maxLength={100}
            onChange={(event) => setNumber(event.currentTarget.value)}
          />
        </SimpleGrid>
        <Switch
          label={t('report.requisites.approval')}
          checked={approvalOn}
          onChange={(event) => setApprovalOn(event.currentTarget.checked)}
        />
        {approvalOn && (
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput
              label={t('report.requisites.approver')}
              value={approver}
              onChange={(event) => setApprover(event.currentTarget.value)}
            />
            <TextInput
              label={t('report.requisites.approverName')}
              description={t('report.requisites.approverNameHint')}
              value={approverName}
              onChange={(event) => setApproverName(event.currentTarget.value)}
            />
          </SimpleGrid>
        )}
        <Group>
          <Button variant="default" onClick={save} loading={saving.pending} disabled={!dateValid}>
            {t('report.requisites.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
