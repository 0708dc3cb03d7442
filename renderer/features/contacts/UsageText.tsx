import { Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { usageOfOrganisation } from '../../db/recycleBin';
import { formatList } from '../../i18n/formatters';
import { useUiLanguage } from '../../i18n/useUiLanguage';

/** "Used by 3 contacts and in 2 visits." — or that nothing refers to the organisation. */
export function OrganisationUsageText({
  organisationId,
  tourId,
}: {
  organisationId: string;
  tourId: string;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const usage = useLiveQuery(() => usageOfOrganisation(organisationId, tourId), [organisationId, tourId]);
  if (!usage) return null;
  const parts = [
    usage.contacts > 0 && t('deletion.organisation.contacts', { count: usage.contacts }),
    usage.visits > 0 && t('deletion.organisation.visits', { count: usage.visits }),
  ].filter((part): part is string => typeof part === 'string');
  return (
    <Text fw={600} component="span" display="block">
      {parts.length === 0
        ? t('deletion.organisation.none')
        : t('deletion.organisation.used', { list: formatList(parts, language) })}
    </Text>
  );
}
