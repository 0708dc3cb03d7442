import { useState } from 'react';
import { useDeepLink } from '../../ui/useDeepLink';
import { Button, Center, Group, Loader, Modal, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSaveAction } from '../../ui/useSaveAction';
import { useSearchParams } from 'react-router';
import { useActiveTour } from '../../ui/activeTour';
import { WindowVirtualList } from '../../ui/WindowVirtualList';
import { SHORT_LIST_LENGTH } from '../../ui/useWindowVirtualRows';
import { deleteRecommendation, reorderRecommendations } from '../../db/findings';
import { restoreDeleted } from '../../db/recycleBin';
import { showDeletedWithUndo } from '../../ui/undoDeletion';
import type { Recommendation } from '../../domain/entities';
import { moveBy, recommendationKeyPoints, sortByOrder } from '../../domain/findings';
import { localized } from '../../domain/names/recordLabels';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { RecommendationGroups } from './RecommendationGroups';
import { useTourRecords } from '../../db/queries/useTourRecords';
import { useCurrentDelegate } from '../../db/identity';
import { RecommendationCard } from './RecommendationCard';
import { RecommendationForm } from './RecommendationForm';

/** A recommendation card's usual height: a guess the list corrects as cards are shown. */
const CARD_HEIGHT_GUESS = 200;

type Editing = { recommendation: Recommendation | null; findingIds: string[] } | null;
/** By key point (as the Findings screen), or the numbered order the report's summary table follows. */
type View = 'keyPoint' | 'numbered';

/** The delegation's recommendations, numbered in the order the user sets. */
export function RecommendationsScreen() {
  const tour = useActiveTour();
  if (!tour) return null;
  return <RecommendationsOfTour tourId={tour.id} />;
}

function RecommendationsOfTour({ tourId }: { tourId: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { recommendations, findings, themes, delegates } = useTourRecords(tourId);
  // Once for every card's review buttons: a live query per card cost each card a second render.
  const me = useCurrentDelegate(tourId);
  const [view, setView] = useState<View>('keyPoint');
  const [params, setParams] = useSearchParams();
  const proposedFrom = params.get('propose');
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<{ recommendation: Recommendation; number: number } | null>(null);
  // Global search links here as /recommendations?recommendation=<id>: open that recommendation.
  useDeepLink('recommendation', recommendations, (recommendation) =>
    setEditing({ recommendation, findingIds: recommendation.findingIds }),
  );

  const saving = useSaveAction();
  const run = async (action: () => Promise<unknown>, success?: string) => {
    await saving.run(action, { success });
  };

  if (!recommendations || !findings || !themes) {
    return (
      <Center>
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  // "Propose a recommendation" on a finding arrives here with ?propose=<finding id>.
  const form: Editing =
    editing ??
    (proposedFrom && findings.some((f) => f.id === proposedFrom)
      ? { recommendation: null, findingIds: [proposedFrom] }
      : null);
  const keyPoints = sortByOrder(themes);
  const keyPointTitles = new Map(
    keyPoints.map((keyPoint, index) => [keyPoint.id, `${index + 1}. ${localized(keyPoint.title, language)}`]),
  );
  const keyPointsOf = (recommendation: Recommendation) =>
    recommendationKeyPoints(recommendation, findings).flatMap((id) => keyPointTitles.get(id) ?? []);
  const closeForm = () => {
    setEditing(null);
    if (proposedFrom) setParams({}, { replace: true });
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('recommendations.title')}
        </Title>
        <Button onClick={() => setEditing({ recommendation: null, findingIds: [] })}>
          {t('recommendations.new')}
        </Button>
      </Group>
      {recommendations.length > 0 && (
        <SegmentedControl
          aria-label={t('recommendations.keyPoints.viewLabel')}
          value={view}
          onChange={(value) => setView(value as View)}
          data={[
            { value: 'keyPoint', label: t('recommendations.keyPoints.byKeyPoint') },
            { value: 'numbered', label: t('recommendations.keyPoints.numbered') },
          ]}
          style={{ alignSelf: 'flex-start' }}
        />
      )}
      {recommendations.length === 0 && <Text c="dimmed">{t('recommendations.empty')}</Text>}
      {view === 'keyPoint' && recommendations.length > 0 && (
        <RecommendationGroups
          keyPoints={keyPoints}
          recommendations={recommendations}
          findings={findings}
          delegates={delegates}
          me={me}
          keyPointsOf={keyPointsOf}
          onEdit={(recommendation) => setEditing({ recommendation, findingIds: recommendation.findingIds })}
          onDelete={(recommendation, number) => setDeleting({ recommendation, number })}
        />
      )}
      {view === 'numbered' && (
        <WindowVirtualList
          as="ol"
          aria-label={t('recommendations.title')}
          items={recommendations}
          itemKey={(recommendation) => recommendation.id}
          itemLabel={(_, index) => t('recommendations.numbered', { number: index + 1 })}
          estimateHeight={CARD_HEIGHT_GUESS}
          showAllUpTo={SHORT_LIST_LENGTH}
          gap={12}
          renderItem={(recommendation, index) => (
            <RecommendationCard
              recommendation={recommendation}
              number={index + 1}
              count={recommendations.length}
              findings={findings}
              keyPoints={keyPointsOf(recommendation)}
              delegates={delegates}
              me={me}
              onMove={(delta) =>
                void run(() =>
                  reorderRecommendations(tourId, moveBy(recommendations, recommendation.id, delta)),
                )
              }
              onEdit={() => setEditing({ recommendation, findingIds: recommendation.findingIds })}
              onDelete={() => setDeleting({ recommendation, number: index + 1 })}
            />
          )}
        />
      )}
      {form && (
        <RecommendationForm
          key={form.recommendation?.id ?? `new:${form.findingIds.join(',')}`}
          tourId={tourId}
          recommendation={form.recommendation}
          initialFindingIds={form.findingIds}
          findings={findings}
          keyPoints={keyPoints}
          onClose={closeForm}
        />
      )}
      <Modal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={t('recommendations.deleteTitle')}
      >
        <Stack>
          <Text>{t('recommendations.deleteBody', { number: deleting?.number ?? 0 })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              {t('common.cancel')}
            </Button>
            <Button
              color="red"
              onClick={() => {
                if (deleting) {
                  const shown = deleting.recommendation;
                  const id = shown.id;
                  void saving
                    .run((options) => deleteRecommendation(id, options), { basedOn: shown })
                    .then((outcome) => {
                      if (outcome.ok)
                        showDeletedWithUndo(t, t('recommendations.deleted'), () =>
                          restoreDeleted('recommendations', id),
                        );
                    });
                }
                setDeleting(null);
              }}
            >
              {t('common.delete')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
