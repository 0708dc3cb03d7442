import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import { Anchor, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  addTrayPhoto,
  addTrayPhotosToFinding,
  deleteTrayPhotos,
  restoreTrayPhotos,
} from '../../../db/photoTrays';
import { useTourRecords } from '../../../db/queries/useTourRecords';
import { useTourRecordsOf } from '../../../db/queries/tourRecords';
import type { Attachment, Organisation, Tour, TourEvent } from '../../../domain/entities';
import { sortIntoTrays } from '../../../domain/findings';
import { timePart } from '../../../domain/programme';
import { localized } from '../../../domain/names/recordLabels';
import { formatDate } from '../../../i18n/formatters';
import { useUiLanguage } from '../../../i18n/useUiLanguage';
import { useActiveTour } from '../../../ui/activeTour';
import { showDeletedWithUndo } from '../../../ui/undoDeletion';
import { FindingForm } from '../FindingForm';
import { readCaptureTime } from '../images/readCaptureTime';
import { usePhotoIntake } from '../photos/usePhotoIntake';
import { useNewFindingAtVisit, type NewFindingStart } from '../useNewFindingAtVisit';
import { PhotoImport } from './PhotoImport';
import { TraySection } from './TraySection';

const ORGANISATIONS = ['organisations'] as const;

/**
 * The photo trays: photos imported from a phone or a card, sorted by the visit during which each
 * was taken (its capture time, on the venue's clock); those with no time or taken outside every
 * visit wait as unsorted. Findings are made from them, or they are added to a finding.
 */
export function PhotoTraysScreen({ tourId }: { tourId: string }) {
  const tour = useActiveTour();
  if (!tour) return null;
  return <TraysOfTour key={tourId} tour={tour} />;
}

function TraysOfTour({ tour }: { tour: Tour }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const records = useTourRecords(tour.id);
  const { organisations } = useTourRecordsOf(tour.id, ORGANISATIONS);
  const [making, setMaking] = useState<NewFindingStart | null>(null);
  const newFinding = useNewFindingAtVisit(records);

  // The venue's zone when each photo is stored (read through a ref: the intake lives as long as the screen).
  const timeZone = useRef(tour.timeZone);
  useLayoutEffect(() => {
    timeZone.current = tour.timeZone;
  });
  const intake = usePhotoIntake(async (photo, source) => {
    const capturedAt = await readCaptureTime(source, timeZone.current);
    await addTrayPhoto(tour.id, photo, capturedAt);
  });

  const trays = useMemo(
    () => (records.attachments && records.events ? sortIntoTrays(records.attachments, records.events) : null),
    [records.attachments, records.events],
  );
  const { findings, events, themes } = records;
  if (!trays || !findings || !events || !themes) {
    return (
      <Center>
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }

  const organisationOf = (event: TourEvent): Organisation | undefined =>
    organisations?.find((organisation) => organisation.id === event.organisationId);
  const visitHeading = (event: TourEvent) =>
    `${formatDate(event.start.slice(0, 10), language, 'medium')}, ${timePart(event.start)}–${timePart(event.end)} · ${localized(event.title, language)}`;

  const addTo = (findingId: string, photos: readonly Attachment[]) =>
    void addTrayPhotosToFinding(
      findingId,
      photos.map((photo) => photo.id),
    ).then(
      (moved) =>
        notifications.show({ color: 'green', message: t('findings.trays.added', { count: moved.length }) }),
      (cause: unknown) => {
        console.error(cause);
        notifications.show({ color: 'red', message: t('errors.saveFailed') });
      },
    );
  const remove = (photos: readonly Attachment[]) => {
    const ids = photos.map((photo) => photo.id);
    void deleteTrayPhotos(tour.id, ids).then(
      () =>
        showDeletedWithUndo(t, t('findings.trays.deleted', { count: ids.length }), () =>
          restoreTrayPhotos(tour.id, ids),
        ),
      (cause: unknown) => {
        console.error(cause);
        notifications.show({ color: 'red', message: t('errors.saveFailed') });
      },
    );
  };
  const make = (eventId: string | null, photos: readonly Attachment[]) => {
    if (!newFinding) return;
    const start = newFinding(eventId, photos);
    // Unsorted photos make a finding at no visit, even while one is in progress.
    setMaking(eventId === null ? { finding: null, themeId: '', trayPhotos: photos } : start);
  };
  const empty = trays.visits.length === 0 && trays.unsorted.length === 0;

  return (
    <Stack>
      <Title order={1} size="h2">
        {t('findings.trays.title')}
      </Title>
      <Anchor component={Link} to="/findings" size="sm">
        {t('findings.trays.backToFindings')}
      </Anchor>
      <PhotoImport intake={intake} />
      {empty && <Text>{t('findings.trays.empty')}</Text>}
      {trays.visits.map(({ event, photos }) => {
        const organisation = organisationOf(event);
        return (
          <TraySection
            key={event.id}
            id={`tray-${event.id}`}
            heading={visitHeading(event)}
            description={organisation && localized(organisation.name, language)}
            photos={photos}
            findings={findings.filter((finding) => finding.eventId === event.id)}
            onMakeFinding={(chosen) => make(event.id, chosen)}
            onAddToFinding={addTo}
            onDelete={remove}
          />
        );
      })}
      {trays.unsorted.length > 0 && (
        <TraySection
          id="tray-unsorted"
          heading={t('findings.trays.unsorted')}
          description={t('findings.trays.unsortedHint')}
          photos={trays.unsorted}
          findings={findings}
          onMakeFinding={(chosen) => make(null, chosen)}
          onAddToFinding={addTo}
          onDelete={remove}
        />
      )}
      {making && (
        <FindingForm
          tourId={tour.id}
          finding={null}
          defaultThemeId={making.themeId}
          prefill={making.prefill}
          trayPhotos={making.trayPhotos}
          storedPhotos={[]}
          records={records}
          onClose={() => setMaking(null)}
        />
      )}
    </Stack>
  );
}
