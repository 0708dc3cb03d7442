import { Anchor, Group, List, NativeSelect, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LANGUAGES, type Language } from '../../domain/entities';
import {
  readinessItems,
  type ReadinessItem,
  type ReadinessStatus,
  type ReportReadiness,
} from '../../domain/overview';
import { intlLocale } from '../../i18n/formatters';
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

function Item({ status, text, to, action }: ItemProps) {
  const { t } = useTranslation();
  const { color, Icon } = STATUS_LOOK[status];
  return (
    <List.Item
      icon={
        <ThemeIcon color={color} size={22} radius="xl" c={status === 'toDo' ? 'black' : undefined}>
          <Icon size={16} aria-hidden />
        </ThemeIcon>
      }
    >
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
}

/** What is left before the report, each item with a link to the screen where it is fixed. */
export function ReadinessList({
  readiness,
  onDocumentLanguageChange,
  now,
  hasData,
  contactCount,
}: ReadinessListProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const items = readinessItems(readiness, contactCount, now, hasData);
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
    }
  };
  const links = {
    findings: { to: '/findings', action: t('overview.readiness.reviewFindings') },
    translation: { to: '/translation', action: t('overview.readiness.translate') },
    names: { to: '/contacts', action: t('overview.readiness.checkNames') },
    backup: { to: '/backup', action: t('overview.readiness.backUp') },
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
        {items.map((item) => (
          <Item key={item.id} status={item.status} text={textOf(item)} {...links[item.id]} />
        ))}
      </List>
    </Stack>
  );
}
