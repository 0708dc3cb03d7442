import { Anchor, Group, List, NativeSelect, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { backupIsDue } from '../../db/backup/backupLog';
import { LANGUAGES, type Language } from '../../domain/entities';
import type { ReportReadiness } from '../../domain/overview';
import { intlLocale } from '../../i18n/formatters';
import { LANGUAGE_NATIVE_NAMES, isLanguage } from '../../i18n/languages';
import { useUiLanguage } from '../../i18n/useUiLanguage';

interface ItemProps {
  done: boolean;
  text: string;
  to: string;
  action: string;
}

function Item({ done, text, to, action }: ItemProps) {
  const { t } = useTranslation();
  return (
    <List.Item
      icon={
        <ThemeIcon color={done ? 'green' : 'orange'} size={22} radius="xl" c={done ? undefined : 'black'}>
          {done ? <IconCircleCheck size={16} aria-hidden /> : <IconAlertTriangle size={16} aria-hidden />}
        </ThemeIcon>
      }
    >
      <Group gap="sm">
        <Text size="sm">
          <Text span size="sm" fw={600}>
            {done ? t('overview.readiness.done') : t('overview.readiness.toDo')}
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
}

/** What is left before the report, each item with a link to the screen where it is fixed. */
export function ReadinessList({ readiness, onDocumentLanguageChange, now, hasData }: ReadinessListProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { backup } = readiness;
  const backupText =
    backup.hours === null
      ? t('overview.readiness.noBackup')
      : t('overview.readiness.lastBackup', { when: ago(backup.hours, language) });
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
        <Item
          done={readiness.findingsNotInReport === 0}
          text={
            readiness.findingsNotInReport === 0
              ? t('overview.readiness.allFindingsInReport')
              : t('overview.readiness.findingsNotInReport', { count: readiness.findingsNotInReport })
          }
          to="/findings"
          action={t('overview.readiness.reviewFindings')}
        />
        <Item
          done={readiness.untranslatedTexts === 0}
          text={
            readiness.untranslatedTexts === 0
              ? t('overview.readiness.allTranslated')
              : t('overview.readiness.untranslated', { count: readiness.untranslatedTexts })
          }
          to="/translation"
          action={t('overview.readiness.translate')}
        />
        <Item
          done={readiness.contactsWithoutCheckedCyrillic === 0}
          text={
            readiness.contactsWithoutCheckedCyrillic === 0
              ? t('overview.readiness.allNamesChecked')
              : t('overview.readiness.namesUnchecked', { count: readiness.contactsWithoutCheckedCyrillic })
          }
          to="/contacts"
          action={t('overview.readiness.checkNames')}
        />
        <Item
          done={!backupIsDue(backup.lastBackupAt ?? undefined, new Date(now), hasData)}
          text={backupText}
          to="/backup"
          action={t('overview.readiness.backUp')}
        />
      </List>
    </Stack>
  );
}
