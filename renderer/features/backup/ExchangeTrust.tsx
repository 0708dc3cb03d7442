import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ExchangePlan } from '../../db/exchange';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { recordLabel } from '../../ui/conflictFields';

/** Whose laptop the file comes from, by its key. */
export function SenderKey({ plan }: { plan: ExchangePlan }) {
  const { t } = useTranslation();
  if (!plan.signature)
    return (
      <Alert color="yellow" role="note">
        {t('backup.exchange.trust.unsigned')}
      </Alert>
    );
  return (
    <Text size="sm">
      {t('backup.exchange.trust.signed', { fingerprint: plan.signature.fingerprint })}{' '}
      {plan.signature.knownKey ? t('backup.exchange.trust.knownKey') : t('backup.exchange.trust.newKey')}
    </Text>
  );
}

const LISTED = 50;

/** Records here that the import deletes or replaces although this laptop changed them: named before anything is written. */
export function OverwritesList({ plan, senderName }: { plan: ExchangePlan; senderName: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (plan.overwrites.length === 0) return null;
  return (
    <Alert
      color="orange"
      role="region"
      aria-label={t('backup.exchange.overwrites.title', { count: plan.overwrites.length })}
    >
      <Text size="sm" fw={600}>
        {t('backup.exchange.overwrites.title', { count: plan.overwrites.length })}
      </Text>
      <List size="sm" spacing={2}>
        {plan.overwrites.slice(0, LISTED).map((item) => (
          <List.Item key={`${item.kind}-${item.id}`}>
            {t(`backup.exchange.overwrites.${item.change}`, {
              kind: t(`backup.kinds.${item.kind}`),
              label: recordLabel(item.local, language),
              name: senderName,
            })}
          </List.Item>
        ))}
      </List>
      {plan.overwrites.length > LISTED && (
        <Text size="sm">
          {t('backup.exchange.overwrites.more', { count: plan.overwrites.length - LISTED })}
        </Text>
      )}
    </Alert>
  );
}

/** New records of the colleague that look like records already here, pointed out after the import. */
export function DuplicatesList({ duplicates }: { duplicates: ExchangePlan['duplicates'] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (duplicates.length === 0) return null;
  const title = t('backup.exchange.duplicates.title', { count: duplicates.length });
  return (
    <Alert color="blue" role="region" aria-label={title}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      <List size="sm" spacing={2}>
        {duplicates.slice(0, LISTED).map((item) => (
          <List.Item key={`${item.kind}-${item.incoming.id}`}>
            {t('backup.exchange.duplicates.item', {
              kind: t(`backup.kinds.${item.kind}`),
              incoming: recordLabel(item.incoming, language),
              local: recordLabel(item.local, language),
            })}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
