import { Anchor, Group, List, NativeSelect, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LANGUAGES, type Language } from '../../domain/entities';
import {
  readinessItems,
  type AutomaticBackupFailure,
  type ReadinessItem,
  type ReadinessStatus,
  type ReportReadiness,
} from '../../domain/overview';
import type { LeftOutSection } from '../../domain/documents/leftOut';
import { formatMoment, intlLocale } from '../../i18n/formatters';
import { LANGUAGE_NATIVE_NAMES, isLanguage } from '../../i18n/languages';
import { useUiLanguage } from '../../i18n/useUiLanguage';

interface ItemProps {
  status: ReadinessStatus;
  text: string;
  to: string;
  action: string;
}

const STATUS_LOOK = {
  done: { color: 'green', Icon: IconCircleCheck },
  toDo: { color: 'orange', Icon: IconAlertTriangle },
  empty: { color: 'gray', Icon: IconCircleDashed },
} as const;

function StatusIcon({ status }: { status: ReadinessStatus }) {
  const { color, Icon } = STATUS_LOOK[status];
  return (
    <ThemeIcon color={color} size={22} radius="xl" c={status === 'toDo' ? 'black' : undefined}>
      <Icon size={16} aria-hidden />
    </ThemeIcon>
  );
}

function Item({ status, text, to, action }: ItemProps) {
  const { t } = useTranslation();
  return (
    <List.Item icon={<StatusIcon status={status} />}>
      <Group gap="sm">
        <Text size="sm">
          <Text span size="sm" fw={600}>
            {t(`overview.readiness.status.${status}`)}
          </Text>
          {': '}
          {text}
        </Text>
        <Anchor component={Link} to={to} size="sm">
          {action}
        </Anchor>
      </Group>
    </List.Item>
  );
}

/** Where an empty chapter is filled in. */
const FILL_IN: Record<LeftOutSection['section'], string> = {
  delegation: '/programme',
  keyPoint: '/findings',
  findings: '/findings',
  recommendations: '/recommendations',
  // The conclusions are written on the Documents screen, beside the report they belong to.
  conclusions: '/documents',
  keyPointConclusions: '/documents',
  programme: '/programme',
  personsMet: '/contacts',
  materials: '/materials',
};

/** The report's chapters that are empty and so left out, each with a link to where it is filled in. */
function LeftOutItem({ sections, hasData }: { sections: readonly LeftOutSection[]; hasData: boolean }) {
  const { t } = useTranslation();
  const status: ReadinessStatus = !hasData ? 'empty' : sections.length > 0 ? 'toDo' : 'done';
  return (
    <List.Item icon={<StatusIcon status={status} />}>
      <Text size="sm">
        <Text span size="sm" fw={600}>
          {t(`overview.readiness.status.${status}`)}
        </Text>
        {': '}
        {sections.length === 0
          ? t('overview.readiness.leftOut.none')
          : t('overview.readiness.leftOut.some', { count: sections.length })}
      </Text>
      {sections.length > 0 && (
        <List size="sm" spacing={2} withPadding aria-label={t('overview.readiness.leftOut.listLabel')}>
          {sections.map((section, i) => (
            <List.Item key={`${section.section}:${i}`}>
              <Group gap="sm">
                <Text size="sm">
                  {section.section === 'keyPoint' || section.section === 'keyPointConclusions'
                    ? t(`documents.leftOut.${section.section}`, { title: section.title })
                    : t(`documents.leftOut.sections.${section.section}`)}
                </Text>
                <Anchor
                  component={Link}
                  to={FILL_IN[section.section]}
                  size="sm"
                  // One such link per key point: its name says which (the visible words come first).
                  aria-label={
                    section.section === 'keyPoint' || section.section === 'keyPointConclusions'
                      ? t('overview.readiness.leftOut.fillInFor', {
                          action: t(`overview.readiness.leftOut.fillIn.${section.section}`),
                          title: section.title,
                        })
                      : undefined
                  }
                >
                  {t(`overview.readiness.leftOut.fillIn.${section.section}`)}
                </Anchor>
              </Group>
            </List.Item>
          ))}
        </List>
      )}
    </List.Item>
  );
}

/** "How long ago" in the interface language: hours up to two days, then days. */
function ago(hours: number, language: Language): string {
  const format = new Intl.RelativeTimeFormat(intlLocale(language), { numeric: 'auto' });
  return hours < 48 ? format.format(-hours, 'hour') : format.format(-Math.floor(hours / 24), 'day');
}

interface ReadinessListProps {
  readiness: ReportReadiness;
  onDocumentLanguageChange: (language: Language) => void;
  now: number;
  hasData: boolean;
  contactCount: number;
  /** The report's chapters left out because they are empty (domain/documents/leftOut.ts). */
  leftOut: readonly LeftOutSection[];
  /** The last automatic backup's failure, until one succeeds (desktop app). */
  automaticBackupFailure?: AutomaticBackupFailure | null;
}

/** What is left before the report, each item with a link to the screen where it is fixed. */
export function ReadinessList({
  readiness,
  onDocumentLanguageChange,
  now,
  hasData,
  contactCount,
  leftOut,
  automaticBackupFailure = null,
}: ReadinessListProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const items = readinessItems(readiness, contactCount, now, hasData, automaticBackupFailure);
  const textOf = (item: ReadinessItem): string => {
    switch (item.id) {
      case 'findings':
        if (item.status === 'empty') return t('overview.readiness.noFindings');
        return item.count === 0
          ? t('overview.readiness.allFindingsInReport')
          : t('overview.readiness.findingsNotInReport', { count: item.count });
      case 'translation':
        if (item.status === 'empty') return t('overview.readiness.nothingToTranslate');
        return item.count === 0
          ? t('overview.readiness.allTranslated')
          : t('overview.readiness.untranslated', { count: item.count });
      case 'names':
        if (item.status === 'empty') return t('overview.readiness.noContacts');
        return item.count === 0
          ? t('overview.readiness.allNamesChecked')
          : t('overview.readiness.namesUnchecked', { count: item.count });
      case 'backup':
        if (item.state === 'nothingToBackUp') return t('overview.readiness.nothingToBackUp');
        if (item.state === 'never' || item.hours === null) return t('overview.readiness.noBackup');
        return item.state === 'stale'
          ? t('overview.readiness.staleBackup', { when: ago(item.hours, language) })
          : t('overview.readiness.lastBackup', { when: ago(item.hours, language) });
      case 'automaticBackup':
        return t('automaticBackups.failed', {
          when: formatMoment(item.failure.at, language),
          reason: t(`automaticBackups.reasons.${item.failure.reason}`),
        });
    }
  };
  const links = {
    findings: { to: '/findings', action: t('overview.readiness.reviewFindings') },
    translation: { to: '/translation', action: t('overview.readiness.translate') },
    names: { to: '/contacts', action: t('overview.readiness.checkNames') },
    backup: { to: '/backup', action: t('overview.readiness.backUp') },
    automaticBackup: { to: '/backup', action: t('automaticBackups.open') },
  } as const;
  return (
    <Stack gap="sm">
      <NativeSelect
        label={t('overview.readiness.documentLanguage')}
        description={t('overview.readiness.documentLanguageHint')}
        data={LANGUAGES.map((value) => ({ value, label: LANGUAGE_NATIVE_NAMES[value] }))}
        value={readiness.documentLanguage}
        onChange={(event) =>
          isLanguage(event.currentTarget.value) && onDocumentLanguageChange(event.currentTarget.value)
        }
        maw={320}
      />
      <List spacing="xs" center aria-label={t('overview.readiness.title')}>
        {items.map((item) => [
          <Item key={item.id} status={item.status} text={textOf(item)} {...links[item.id]} />,
          // Right after the findings: what the report will not have at all comes before translating it.
          item.id === 'findings' ? <LeftOutItem key="leftOut" sections={leftOut} hasData={hasData} /> : null,
        ])}
      </List>
    </Stack>
  );
}
