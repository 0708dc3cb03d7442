import { useEffect, useState } from 'react';
import { Button, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { EXCHANGE_SETTING_KEYS, exportForExchange, laptopFingerprint, listPeers } from '../../db/exchange';
import { readSetting } from '../../db/settings';
import type { Tour } from '../../domain/entities';
import { useBundleSaving } from './useBundleSaving';

const EVERYTHING = 'everything';

/** Writes this tour (or what changed since the last exchange with one colleague) for colleagues. */
export function ExchangeExport({ tour }: { tour: Tour }) {
  const { t } = useTranslation();
  const peers = useLiveQuery(listPeers, []);
  const savedName = useLiveQuery(() => readSetting<string>(EXCHANGE_SETTING_KEYS.senderName), []);
  const [name, setName] = useState('');
  const [scope, setScope] = useState<string>(EVERYTHING);
  const { busy, saveBundle, dialog } = useBundleSaving();

  const [fingerprint, setFingerprint] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    // Made on first use: the first visit to this screen makes the laptop's key pair.
    laptopFingerprint().then(
      (value) => live && setFingerprint(value),
      (error: unknown) => console.error(error),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (savedName) setName((current) => current || savedName);
  }, [savedName]);

  const scopeOptions = [
    { value: EVERYTHING, label: t('backup.exchange.scopeAll') },
    ...(peers ?? []).map((peer) => ({
      value: peer.peerId,
      label: t('backup.exchange.scopeSince', { name: peer.name || t('backup.exchange.unnamed') }),
    })),
  ];

  const exportNow = () =>
    saveBundle({
      make: (fileKey) =>
        exportForExchange({
          fileKey,
          tourId: tour.id,
          senderName: name.trim(),
          appVersion: __APP_VERSION__,
          onlyChangesFor: scope === EVERYTHING ? undefined : scope,
        }),
      kindName: t('backup.exchange.title'),
      savedMessage: (fileName) => t('backup.exchange.exported', { fileName }),
    });

  return (
    <Stack gap="xs">
      <Title order={3} size="h4">
        {t('backup.exchange.exportTitle')}
      </Title>
      <TextInput
        label={t('backup.exchange.yourName')}
        value={name}
        maxLength={200}
        onChange={(event) => setName(event.currentTarget.value)}
      />
      <Select
        label={t('backup.exchange.scope')}
        data={scopeOptions}
        value={scope}
        allowDeselect={false}
        onChange={(value) => setScope(value ?? EVERYTHING)}
      />
      {fingerprint && <Text size="sm">{t('backup.exchange.trust.ownKey', { fingerprint })}</Text>}
      <div>
        <Button loading={busy} onClick={() => void exportNow()}>
          {t('backup.exchange.export')}
        </Button>
      </div>
      {dialog}
    </Stack>
  );
}
