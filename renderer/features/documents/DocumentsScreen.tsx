import { useMemo, useState } from 'react';
import {
  Button,
  Center,
  Checkbox,
  Group,
  Loader,
  Modal,
  Paper,
  List,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Title,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { ReviewScopeChoice, defaultReviewScope } from './ReviewScopeChoice';
import { useActiveTour } from '../../ui/activeTour';
import { LANGUAGES, type Language, type Tour } from '../../domain/entities';
import { pickText } from '../../domain/localizedText';
import { buildDocument, type DocumentRequest, type ReviewScope } from '../../domain/documents/buildDocument';
import { unmeasuredCharacters } from '../../export/docx/layout/unmeasured';
import { sanitizeModel } from '../../export/docx/sanitize';
import { DOCUMENT_KINDS, type DocumentKind, type DocumentModel } from '../../domain/documents/model';
import { PRESET_IDS, defaultPresetFor, isPresetId, type PresetId } from '../../export/docx/presets';
import { LANGUAGE_NATIVE_NAMES, isLanguage } from '../../i18n/languages';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { SaveFileError } from '../../platform';
import { eventLabel } from '../../domain/names/recordLabels';
import { ConclusionsEditor, KeyPointConclusionsEditor } from './ConclusionsEditor';
import { exportDocument } from './exportDocument';
import { DocumentVerdictPanel } from './DocumentVerdictPanel';
import { FallbackList } from './FallbackList';
import { LeftOutList } from './LeftOutList';
import { RequisitesEditor } from './RequisitesEditor';
import { PendingEditsContext, usePendingEdits } from './pendingEdits';
import { ReportFacts } from './ReportFacts';
import { leftOutSections } from '../../domain/documents/leftOut';
import { documentVerdict } from '../../domain/documents/verdict';
import { docText } from '../../export/docx/docStrings';
import { useTourBundle } from './tourSnapshot';
import { useDocumentLanguage } from '../../db/queries/useDocumentLanguage';

/** Pick a document, its language and formatting, see what will fall back, export it. */
export function DocumentsScreen() {
  const tour = useActiveTour();
  if (!tour) return null;
  return <DocumentsOfTour tour={tour} />;
}

const isDocumentKind = (value: unknown): value is DocumentKind =>
  typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);

function DocumentsOfTour({ tour }: { tour: Tour }) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const bundle = useTourBundle(tour.id);

  const [kind, setKind] = useState<DocumentKind>('report');
  const [storedLanguage, setLanguage] = useDocumentLanguage();
  const language = storedLanguage ?? 'ru';
  // Until the user picks a preset, it follows the document language's default.
  const [chosenPreset, setChosenPreset] = useState<PresetId | null>(null);
  const preset = chosenPreset ?? defaultPresetFor(language);
  const [eventId, setEventId] = useState<string | null>(null);
  const [excludedKeyPoints, setExcludedKeyPoints] = useState<string[]>([]);
  const [onlyIncluded, setOnlyIncluded] = useState(true);
  // Until the user chooses, approved items only once the delegation uses the review (else all).
  const [chosenScope, setChosenScope] = useState<ReviewScope | null>(null);
  const reviewScope = chosenScope ?? defaultReviewScope(bundle);
  const [exporting, setExporting] = useState<'final' | 'draft' | null>(null);
  // A final export of a document with texts from another language waits for the user's word.
  const [confirmingFinal, setConfirmingFinal] = useState(false);
  const pendingEdits = usePendingEdits();

  const themes = useMemo(
    () =>
      (bundle?.themes ?? []).filter((theme) => theme.deletedAt === null).sort((a, b) => a.order - b.order),
    [bundle],
  );
  const visits = useMemo(
    () =>
      (bundle?.events ?? [])
        .filter((event) => event.deletedAt === null && event.kind !== 'travel' && event.kind !== 'free-time')
        .sort((a, b) => a.start.localeCompare(b.start)),
    [bundle],
  );

  const request: DocumentRequest | null =
    kind === 'memo' && eventId === null
      ? null
      : {
          kind,
          language,
          themeIds: themes.map((theme) => theme.id).filter((id) => !excludedKeyPoints.includes(id)),
          onlyIncludedFindings: onlyIncluded,
          reviewScope,
          eventId,
        };
  const model: DocumentModel | null = useMemo(
    () => (bundle && request ? buildDocument(bundle, request) : null),
    // The request is rebuilt every render; its parts are the real dependencies.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [bundle, kind, language, excludedKeyPoints, onlyIncluded, reviewScope, eventId, themes],
  );
  // Characters of other scripts are drawn in another font: the contents' numbers may be off after them.
  const unmeasured = useMemo(
    () => (model?.kind === 'report' ? unmeasuredCharacters(sanitizeModel(model)) : []),
    [model],
  );

  const verdict = useMemo(
    () => (model ? documentVerdict(model.fallbacks, model.needsReview) : null),
    [model],
  );

  if (bundle === undefined || storedLanguage === undefined) {
    return (
      <Center>
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  }

  // From the interface locale, not Intl: Chromium has no Belarusian locale data.
  const languageName = (code: Language) => t(`documents.languages.${code}`);

  const runExport = async (draft: boolean) => {
    if (!model || !bundle || !request) return;
    setConfirmingFinal(false);
    setExporting(draft ? 'draft' : 'final');
    try {
      // Input typed but not saved (the requisites) is saved first and exported as saved.
      const committed = await pendingEdits.commitAll();
      if (committed.kind === 'failed') {
        notifications.show({ color: 'red', message: t('documents.notExportedUnsaved') });
        return;
      }
      const written =
        committed.kind === 'saved' ? buildDocument({ ...bundle, tour: committed.tour }, request) : model;
      const outcome = await exportDocument(written, preset, { draft });
      if (outcome === 'saved') notifications.show({ color: 'green', message: t('documents.exported') });
    } catch (cause) {
      console.error(cause);
      const message =
        cause instanceof SaveFileError ? t(`platform.errors.${cause.code}`) : t('documents.exportFailed');
      notifications.show({ color: 'red', message });
    } finally {
      setExporting(null);
    }
  };
  const exportFinal = () => {
    if (verdict && !verdict.ready) setConfirmingFinal(true);
    else void runExport(false);
  };

  return (
    <PendingEditsContext.Provider value={pendingEdits}>
      <Stack>
        <Title order={1} size="h2">
          {t('documents.title')}
        </Title>
        <Text>{t('documents.intro')}</Text>
        <Paper withBorder p="md">
          <Stack>
            <SimpleGrid cols={{ base: 1, sm: 3 }}>
              <Select
                label={t('documents.document')}
                data={DOCUMENT_KINDS.map((value) => ({ value, label: t(`documents.kinds.${value}`) }))}
                value={kind}
                onChange={(value) => isDocumentKind(value) && setKind(value)}
                allowDeselect={false}
              />
              <Select
                label={t('documents.language')}
                description={t('documents.languageHint')}
                data={LANGUAGES.map((value) => ({
                  value,
                  label: `${LANGUAGE_NATIVE_NAMES[value]} (${languageName(value)})`,
                }))}
                value={language}
                onChange={(value) => isLanguage(value) && setLanguage(value)}
                allowDeselect={false}
              />
              <Select
                label={t('documents.preset')}
                description={chosenPreset === null ? t('documents.presetDefault') : undefined}
                data={PRESET_IDS.map((value) => ({ value, label: t(`documents.presets.${value}`) }))}
                value={preset}
                onChange={(value) => isPresetId(value) && setChosenPreset(value)}
                allowDeselect={false}
              />
            </SimpleGrid>
            {kind === 'memo' && (
              <Select
                label={t('documents.event')}
                placeholder={t('documents.eventPlaceholder')}
                data={visits.map((event) => ({
                  value: event.id,
                  label: eventLabel(event, uiLanguage),
                }))}
                value={eventId}
                onChange={setEventId}
                searchable
                nothingFoundMessage={t('documents.noEvents')}
              />
            )}
            {kind === 'report' && themes.length > 0 && (
              <Checkbox.Group
                label={t('documents.keyPoints')}
                value={themes.map((theme) => theme.id).filter((id) => !excludedKeyPoints.includes(id))}
                onChange={(checked) =>
                  setExcludedKeyPoints(themes.map((theme) => theme.id).filter((id) => !checked.includes(id)))
                }
              >
                <Stack gap={4} mt="xs">
                  {themes.map((theme, i) => (
                    <Checkbox
                      key={theme.id}
                      value={theme.id}
                      label={`${i + 1}. ${pickText(theme.title, uiLanguage).value}`}
                    />
                  ))}
                </Stack>
              </Checkbox.Group>
            )}
            {(kind === 'report' || kind === 'memo' || kind === 'brief') && (
              <Switch
                label={t('documents.onlyIncluded')}
                checked={onlyIncluded}
                onChange={(event) => setOnlyIncluded(event.currentTarget.checked)}
              />
            )}
            {(kind === 'report' || kind === 'memo' || kind === 'brief') && bundle && (
              <ReviewScopeChoice bundle={bundle} value={reviewScope} onChange={setChosenScope} />
            )}
            {kind === 'report' && bundle && (
              <ConclusionsEditor
                key={`${tour.id}:${language}`}
                tour={bundle.tour}
                language={language}
                languageName={languageName(language)}
              />
            )}
            {kind === 'report' && themes.length > 0 && (
              <Stack gap="sm" component="section" aria-label={t('documents.keyPointConclusions.title')}>
                <Title order={3} size="h5">
                  {t('documents.keyPointConclusions.title')}
                </Title>
                <Text size="sm" c="dimmed">
                  {t('documents.keyPointConclusions.hint')}
                </Text>
                {themes.map((theme, i) => (
                  <Stack key={`${theme.id}:${language}`} gap={4}>
                    <Text size="sm" fw={600}>{`${i + 1}. ${pickText(theme.title, uiLanguage).value}`}</Text>
                    <KeyPointConclusionsEditor
                      keyPoint={theme}
                      number={i + 1}
                      language={language}
                      languageName={languageName(language)}
                    />
                  </Stack>
                ))}
              </Stack>
            )}
          </Stack>
        </Paper>
        {bundle && (
          <RequisitesEditor
            key={`${tour.id}:${kind}:${language}`}
            tour={bundle.tour}
            kind={kind}
            language={language}
          />
        )}
        {kind === 'report' && bundle && (
          <ReportFacts
            key={`${tour.id}:${language}`}
            tour={bundle.tour}
            language={language}
            languageName={languageName(language)}
            model={model}
          />
        )}
        {model && <LeftOutList sections={leftOutSections(model)} />}
        {verdict && (
          <DocumentVerdictPanel
            verdict={verdict}
            documentLanguage={language}
            draftMark={docText(language)('draft.mark')}
          />
        )}
        {model && <FallbackList fallbacks={model.fallbacks} documentLanguage={language} />}
        {unmeasured.length > 0 && (
          <Text>{t('documents.contentsUncertain', { characters: unmeasured.join(' ') })}</Text>
        )}
        {kind === 'memo' && eventId === null && <Text>{t('documents.chooseEvent')}</Text>}
        <Group>
          <Button
            onClick={exportFinal}
            loading={exporting === 'final'}
            disabled={!model || exporting !== null}
          >
            {t('documents.export')}
          </Button>
          <Button
            variant="default"
            onClick={() => void runExport(true)}
            loading={exporting === 'draft'}
            disabled={!model || exporting !== null}
          >
            {t('documents.verdict.exportDraft')}
          </Button>
        </Group>
        <Modal
          opened={confirmingFinal}
          onClose={() => setConfirmingFinal(false)}
          title={t('documents.verdict.confirmTitle')}
        >
          <Stack>
            {verdict && verdict.total > 0 && (
              <Text size="sm">
                {t('documents.verdict.confirmBody', {
                  count: verdict.total,
                  language: languageName(language),
                })}
              </Text>
            )}
            {verdict && verdict.review.count > 0 && (
              <>
                <Text size="sm">
                  {t('documents.verdict.confirmReview', {
                    count: verdict.review.count,
                    language: languageName(language),
                  })}
                </Text>
                <List size="sm" spacing={2} aria-label={t('documents.verdict.reviewListLabel')}>
                  {verdict.review.labels.map((label, position) => (
                    <List.Item key={position}>{label}</List.Item>
                  ))}
                </List>
              </>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirmingFinal(false)}>
                {t('common.cancel')}
              </Button>
              {/* The question opens on its safe answer, not on ×: Enter exports a draft, Tab reaches "final". */}
              <Button variant="default" onClick={() => void runExport(true)} data-autofocus>
                {t('documents.verdict.confirmDraft')}
              </Button>
              <Button color="orange" onClick={() => void runExport(false)}>
                {t('documents.verdict.confirmFinal')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      </Stack>
    </PendingEditsContext.Provider>
  );
}
