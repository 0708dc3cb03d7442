import { useEffect, useMemo, useState } from 'react';
import { SHORT_LIST_LENGTH } from '../../ui/useWindowVirtualRows';
import { useDeepLink } from '../../ui/useDeepLink';
import { Button, Center, Checkbox, Group, Loader, SegmentedControl, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Route, Routes, useNavigate, useSearchParams } from 'react-router';
import { useActiveTour } from '../../ui/activeTour';
import type { Attachment, Finding } from '../../domain/entities';
import {
  groupByAuthor,
  groupByKeyPoint,
  groupByVisit,
  notYetInReport,
  type FindingGroup,
} from '../../domain/findings';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { DeleteFindingModal } from './DeleteFindingModal';
import { FindingForm } from './FindingForm';
import { FindingGroupSection } from './FindingGroupSection';
import { KeyPointsModal } from './KeyPointsModal';
import { delegateName, eventLabel, localized } from '../../domain/names/recordLabels';
import { useTourRecords } from '../../db/queries/useTourRecords';
import { useCurrentDelegate } from '../../db/identity';
import { useNewFindingAtVisit, type NewFindingStart } from './useNewFindingAtVisit';
import { PhotoTraysScreen } from './trays/PhotoTraysScreen';

type View = 'keyPoint' | 'visit' | 'author';
type Editing = { finding: Finding; themeId: string } | NewFindingStart | null;

/** Findings of the active tour, by key point, visit or author. */
export function FindingsScreen() {
  const tour = useActiveTour();
  if (!tour) return null;
  return (
    <Routes>
      <Route path="photos" element={<PhotoTraysScreen tourId={tour.id} />} />
      <Route path="*" element={<FindingsOfTour tourId={tour.id} />} />
    </Routes>
  );
}

function FindingsOfTour({ tourId }: { tourId: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const navigate = useNavigate();
  const records = useTourRecords(tourId);
  // Once for every card's review buttons: a live query per card cost each card a second render.
  const me = useCurrentDelegate(tourId);
  const [view, setView] = useState<View>('keyPoint');
  const [onlyNotInReport, setOnlyNotInReport] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Finding | null>(null);
  const [managingKeyPoints, setManagingKeyPoints] = useState(false);
  // Global search links here as /findings?finding=<id>: open that finding.
  useDeepLink('finding', records.findings, (finding) => setEditing({ finding, themeId: finding.themeId }));
  // The new-finding shortcut (Alt+Shift+N, app/shell/shortcuts.ts) links here as /findings?new=1,
  // the Overview's "Add a finding to this visit" as /findings?new=1&visit=<id>.
  const [searchParams, setSearchParams] = useSearchParams();
  const asksForNew = searchParams.has('new');
  const askedVisit = searchParams.get('visit');
  const newFinding = useNewFindingAtVisit(records);
  useEffect(() => {
    if (!asksForNew || !newFinding) return;
    setEditing(newFinding(askedVisit));
    setSearchParams(
      (params) => {
        params.delete('new');
        params.delete('visit');
        return params;
      },
      { replace: true },
    );
  }, [asksForNew, askedVisit, newFinding, setSearchParams]);

  const photosByFinding = useMemo(() => {
    const map = new Map<string, Attachment[]>();
    for (const attachment of records.attachments ?? []) {
      if (attachment.ownerType !== 'finding') continue;
      map.set(attachment.ownerId, [...(map.get(attachment.ownerId) ?? []), attachment]);
    }
    return map;
  }, [records.attachments]);

  const { themes, events, delegates, findings } = records;
  if (!themes || !events || !delegates || !findings) {
    return (
      <Center>
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }
  const shown = onlyNotInReport ? notYetInReport(findings) : findings;
  const unknown = t('findings.withoutGroup');
  let sections: { heading: string; id: string; group: FindingGroup<unknown> }[];
  if (view === 'keyPoint') {
    sections = groupByKeyPoint(themes, shown).map((group) => ({
      id: group.key?.id ?? 'none',
      heading: group.key
        ? `${themes.indexOf(group.key) + 1}. ${localized(group.key.title, language)}`
        : unknown,
      group,
    }));
  } else if (view === 'visit') {
    sections = groupByVisit(events, shown).map((group) => ({
      id: group.key?.id ?? 'none',
      heading: group.key ? eventLabel(group.key, language) : t('findings.withoutVisit'),
      group,
    }));
  } else {
    sections = groupByAuthor(delegates, shown).map((group) => ({
      id: group.key?.id ?? 'none',
      heading: group.key ? delegateName(group.key, language) : t('findings.withoutAuthor'),
      group,
    }));
  }

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('findings.title')}
        </Title>
        <Group gap="xs">
          <Button variant="default" onClick={() => setManagingKeyPoints(true)}>
            {t('findings.keyPoints.manage')}
          </Button>
          <Button variant="default" component={Link} to="/findings/photos">
            {t('findings.trays.open')}
          </Button>
          <Button onClick={() => setEditing(newFinding?.(null) ?? null)} aria-keyshortcuts="Alt+Shift+N">
            {t('findings.new')}
          </Button>
        </Group>
      </Group>
      <Group>
        <SegmentedControl
          aria-label={t('findings.viewLabel')}
          value={view}
          onChange={(value) => setView(value as View)}
          data={[
            { value: 'keyPoint', label: t('findings.views.keyPoint') },
            { value: 'visit', label: t('findings.views.visit') },
            { value: 'author', label: t('findings.views.author') },
          ]}
        />
        <Checkbox
          label={t('findings.notInReportFilter')}
          checked={onlyNotInReport}
          onChange={(event) => setOnlyNotInReport(event.currentTarget.checked)}
        />
      </Group>
      {sections.map((section, index) => (
        <FindingGroupSection
          key={section.id}
          heading={section.heading}
          group={section.group}
          belowOtherGroups={index > 0}
          showAll={shown.length <= SHORT_LIST_LENGTH}
          photosOf={(id) => photosByFinding.get(id) ?? []}
          records={records}
          me={me}
          onEdit={(finding) => setEditing({ finding, themeId: finding.themeId })}
          onDelete={setDeleting}
          onPropose={(finding) => void navigate(`/recommendations?propose=${encodeURIComponent(finding.id)}`)}
        />
      ))}
      {editing && (
        <FindingForm
          tourId={tourId}
          finding={editing.finding}
          defaultThemeId={editing.themeId}
          prefill={editing.finding ? undefined : editing.prefill}
          trayPhotos={editing.finding ? undefined : editing.trayPhotos}
          storedPhotos={editing.finding ? (photosByFinding.get(editing.finding.id) ?? []) : []}
          records={records}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <DeleteFindingModal
          finding={deleting}
          recommendations={records.recommendations ?? []}
          onClose={() => setDeleting(null)}
        />
      )}
      {managingKeyPoints && (
        <KeyPointsModal tourId={tourId} themes={themes} onClose={() => setManagingKeyPoints(false)} />
      )}
    </Stack>
  );
}
