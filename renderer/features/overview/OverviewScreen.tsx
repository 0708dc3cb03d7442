import { useMemo } from 'react';
import { Center, Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useActiveTour } from '../../ui/activeTour';
import { keyPointSummaries, reportReadiness, tourCounts } from '../../domain/overview';
import { reportLeftOut } from '../../domain/documents/leftOut';
import { useNow } from '../../ui/useNow';
import { KeyPointsTable } from './KeyPointsTable';
import { ReviewByKeyPoint } from './ReviewByKeyPoint';
import { ReadinessList } from './ReadinessList';
import { TourCountsGrid } from './TourCountsGrid';
import { TourStatus } from './TourStatus';
import { VisitNowCard } from './VisitNowCard';
import { useDocumentLanguage } from '../../db/queries/useDocumentLanguage';
import { useAutomaticBackupFailure } from '../../db/queries/useAutomaticBackupFailure';
import { useLastBackupAt, useOverviewRecords } from './useOverviewRecords';

/** Where the delegation stands: the screen the app opens on once a tour exists. */
export function OverviewScreen() {
  const tour = useActiveTour();
  if (!tour) return null;
  return <OverviewOfTour tourId={tour.id} />;
}

function OverviewOfTour({ tourId }: { tourId: string }) {
  const { t } = useTranslation();
  const records = useOverviewRecords(tourId);
  const lastBackupAt = useLastBackupAt();
  const automaticBackupFailure = useAutomaticBackupFailure();
  const now = useNow();
  const [documentLanguage, setDocumentLanguage] = useDocumentLanguage();

  const summaries = useMemo(() => (records ? keyPointSummaries(records) : []), [records]);
  const counts = useMemo(() => (records ? tourCounts(records) : null), [records]);
  const readiness = useMemo(
    () =>
      records && documentLanguage ? reportReadiness(records, documentLanguage, lastBackupAt, now) : null,
    [records, documentLanguage, lastBackupAt, now],
  );

  // Chapters the report in the document language will leave out because they are empty.
  const leftOut = useMemo(
    () => (records && documentLanguage ? reportLeftOut(records, documentLanguage) : []),
    [records, documentLanguage],
  );

  if (!records || !counts || !readiness || lastBackupAt === undefined) {
    return (
      <Center>
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  const hasData = counts.findings + counts.contacts + records.events.length > 0;
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {t('overview.title')}
      </Title>
      <TourStatus tour={records.tour} events={records.events} now={now} />
      <VisitNowCard
        tour={records.tour}
        events={records.events}
        organisations={records.organisations}
        now={now}
      />
      <Stack gap="xs" component="section" aria-labelledby="overview-counts">
        <Title order={2} size="h4" id="overview-counts">
          {t('overview.counts.title')}
        </Title>
        <TourCountsGrid counts={counts} />
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="overview-key-points">
        <Title order={2} size="h4" id="overview-key-points">
          {t('overview.keyPoints.title')}
        </Title>
        <KeyPointsTable summaries={summaries} />
        {records && (
          <ReviewByKeyPoint
            themes={records.themes}
            findings={records.findings}
            recommendations={records.recommendations}
          />
        )}
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="overview-readiness">
        <Title order={2} size="h4" id="overview-readiness">
          {t('overview.readiness.title')}
        </Title>
        <ReadinessList
          readiness={readiness}
          onDocumentLanguageChange={setDocumentLanguage}
          now={now}
          hasData={hasData}
          contactCount={counts.contacts}
          leftOut={leftOut}
          automaticBackupFailure={automaticBackupFailure ?? null}
        />
      </Stack>
    </Stack>
  );
}
