import { useEffect, useState } from 'react';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { formatBytes } from './formatting';

interface StorageState {
  persisted: boolean | null;
  usage: number | null;
  quota: number | null;
}

async function readStorage(): Promise<StorageState> {
  const storage = typeof navigator === 'undefined' ? undefined : navigator.storage;
  if (!storage) return { persisted: null, usage: null, quota: null };
  const [persisted, estimate] = await Promise.all([
    storage.persisted ? storage.persisted() : Promise.resolve(null),
    storage.estimate ? storage.estimate() : Promise.resolve(null),
  ]);
  return { persisted, usage: estimate?.usage ?? null, quota: estimate?.quota ?? null };
}

/** Used and available space, and the request that the browser never evicts the data. */
export function StorageSection() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [state, setState] = useState<StorageState | null>(null);
  const [refused, setRefused] = useState(false);

  useEffect(() => {
    void readStorage().then(setState);
  }, []);

  const requestPersistence = async () => {
    const granted = (await navigator.storage?.persist?.()) ?? false;
    setRefused(!granted);
    setState(await readStorage());
  };

  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('backup.storage.title')}
      </Title>
      {state && state.usage !== null && state.quota !== null ? (
        <Text>
          {t('backup.storage.used', {
            used: formatBytes(state.usage, language),
            available: formatBytes(state.quota, language),
          })}
        </Text>
      ) : (
        state && <Text>{t('backup.storage.unknown')}</Text>
      )}
      {state?.persisted === true && <Text>{t('backup.storage.persisted')}</Text>}
      {state?.persisted === false && (
        <Group gap="sm">
          <Text>{t('backup.storage.notPersisted')}</Text>
          <Button variant="light" onClick={() => void requestPersistence()}>
            {t('backup.storage.persist')}
          </Button>
        </Group>
      )}
      {refused && <Text role="status">{t('backup.storage.persistRefused')}</Text>}
    </Stack>
  );
}
