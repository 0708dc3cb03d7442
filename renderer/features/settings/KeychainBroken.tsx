import { Alert, Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { KeychainUnlockProblem } from './keychainProblem';

interface Props {
  problem: KeychainUnlockProblem;
  busy: boolean;
  onSetUpAgain(): void;
  onTurnOff(): void;
}

/**
 * Settings, in place of the switch, while one-click unlock is on but the kept key no longer opens the
 * data: what happened, and the two ways out. Setting it up again needs a keychain that works.
 */
export function KeychainBroken({ problem, busy, onSetUpAgain, onTurnOff }: Props) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      title={t('protection.keychain.broken.title')}
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Text size="sm">{t(`protection.keychain.broken.${problem}`)}</Text>
      <Group gap="sm" mt="sm">
        {problem !== 'unavailable' && (
          <Button size="sm" loading={busy} onClick={onSetUpAgain}>
            {t('protection.keychain.broken.setUpAgain')}
          </Button>
        )}
        <Button size="sm" variant="default" disabled={busy} onClick={onTurnOff}>
          {t('protection.keychain.broken.turnOff')}
        </Button>
      </Group>
    </Alert>
  );
}
