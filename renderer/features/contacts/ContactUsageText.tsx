import { Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { usageOfContact } from '../../db/recycleBin';
import { formatList } from '../../i18n/formatters';
import { useUiLanguage } from '../../i18n/useUiLanguage';

/** "Used in 2 visits and as the source of 3 findings." — or that nothing refers to the contact. */
export function ContactUsageText({ contactId, tourId }: { contactId: string; tourId: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const usage = useLiveQuery(() => usageOfContact(contactId, tourId), [contactId, tourId]);
  if (!usage) return null;
  const parts = [
    usage.visits > 0 && t('contacts.delete.usage.visits', { count: usage.visits }),
    usage.findings > 0 && t('contacts.delete.usage.findings', { count: usage.findings }),
    usage.materials > 0 && t('contacts.delete.usage.materials', { count: usage.materials }),
  ].filter((part): part is string => typeof part === 'string');
  return (
    <Text fw={600} component="span" display="block">
      {parts.length === 0
        ? t('contacts.delete.usage.none')
        : t('contacts.delete.usage.used', { list: formatList(parts, language) })}
    </Text>
  );
}
