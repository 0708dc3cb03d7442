import { Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { usageOfDelegate } from '../../db/recycleBin';
import { formatList } from '../../i18n/formatters';
import { useUiLanguage } from '../../i18n/useUiLanguage';

/** "Referred to by 5 visits and 2 findings as their author." — or that nothing refers to them. */
export function DelegateUsageText({ delegateId, tourId }: { delegateId: string; tourId: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const usage = useLiveQuery(() => usageOfDelegate(delegateId, tourId), [delegateId, tourId]);
  if (!usage) return null;
  const parts = [
    usage.visits > 0 && t('deletion.delegate.visits', { count: usage.visits }),
    usage.findings > 0 && t('deletion.delegate.findings', { count: usage.findings }),
  ].filter((part): part is string => typeof part === 'string');
  return (
    <Text fw={600}>
      {parts.length === 0
        ? t('deletion.delegate.none')
        : t('deletion.delegate.used', { list: formatList(parts, language) })}
    </Text>
  );
}
