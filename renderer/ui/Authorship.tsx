import { List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ChangeEntry } from '../domain/authorship/changeLog';
import { isLanguage, type Delegate, type Language, type RecordMeta } from '../domain/entities';
import { delegateName } from '../domain/names/recordLabels';
import { formatMoment } from '../i18n/formatters';
import { useUiLanguage } from '../i18n/useUiLanguage';

type Delegates = readonly Delegate[] | undefined;

function nameOf(id: string | null | undefined, delegates: Delegates, language: Language): string | null {
  if (!id) return null;
  const delegate = delegates?.find((candidate) => candidate.id === id);
  return delegate ? delegateName(delegate, language) : null;
}

/**
 * "Written by Ковалёв А. П., 20 Sept 2010, 10:15 · changed by Сидорова Е. В., 21 Sept 2010, 09:02":
 * who created the record and who changed it last, on its card. Nothing for a record written before
 * authorship, or by a laptop whose user had not said who they are.
 */
export function AuthorshipLine({ record, delegates }: { record: RecordMeta; delegates: Delegates }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const creator = nameOf(record.createdBy, delegates, language);
  const editor = nameOf(record.updatedBy, delegates, language);
  const edited = record.updatedAt !== record.createdAt;
  const parts = [
    creator && t('authorship.createdBy', { name: creator, when: formatMoment(record.createdAt, language) }),
    edited &&
      editor &&
      t('authorship.changedBy', { name: editor, when: formatMoment(record.updatedAt, language) }),
  ].filter(Boolean);
  if (parts.length === 0) return null;
  return (
    <Text size="xs" c="dimmed">
      {parts.join(' · ')}
    </Text>
  );
}

/** Known fields by their label key in `authorship.fields`; others are shown as they are named. */
const FIELD_LABELS = new Set([
  'title',
  'text',
  'kind',
  'themeId',
  'eventId',
  'sourceContactIds',
  'authorDelegateId',
  'date',
  'tags',
  'applicability',
  'applicabilityNote',
  'includeInReport',
  'findingIds',
  'priority',
  'horizon',
  'responsible',
  'status',
  'order',
  'review',
]);

function useFieldLabel() {
  const { t } = useTranslation();
  return (field: string) => {
    const [key = field, sub] = field.split('.');
    const label = FIELD_LABELS.has(key) ? t(`authorship.fields.${key}`) : key;
    if (!sub) return label;
    return isLanguage(sub) ? `${label} (${sub.toUpperCase()})` : `${label}.${sub}`;
  };
}

/** A record's short history, newest first: who did what, when (its details). */
export function ChangeHistory({
  changes,
  delegates,
}: {
  changes: readonly ChangeEntry[] | undefined;
  delegates: Delegates;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const fieldLabel = useFieldLabel();
  if (!changes || changes.length === 0) return null;
  return (
    <section aria-label={t('authorship.history')}>
      <Text size="sm" fw={600}>
        {t('authorship.history')}
      </Text>
      <List size="xs" spacing={2}>
        {[...changes].reverse().map((entry) => (
          <List.Item key={`${entry.at}|${entry.device}|${entry.action}|${entry.fields.join()}`}>
            {t(`authorship.actions.${entry.action}`, {
              name: nameOf(entry.by, delegates, language) ?? t('authorship.someone'),
              when: formatMoment(entry.at, language),
              fields: entry.fields.map(fieldLabel).join(', '),
            })}
          </List.Item>
        ))}
      </List>
    </section>
  );
}
