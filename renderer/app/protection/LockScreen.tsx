import { useEffect, useEffectEvent, useState } from 'react';
import { Anchor, Button, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { RecoveryKeyInput } from '../../ui/protection/RecoveryKeyInput';
import { IconLock, IconUserCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  preloadUnlock,
  settleWrites,
  unlockWithPassphrase,
  unlockWithRecoveryKey,
  WrongSecretError,
} from '../../db/protection';
import { useSecretAttempt } from '../../ui/protection/useSecretAttempt';
import { loadScreenBehindLock } from './afterUnlock';
import { StandaloneScreen } from './StandaloneScreen';
import { useKeychainUnlock } from './useKeychainUnlock';

const isWrongSecret = (error: unknown) => error instanceof WrongSecretError;

type Secret = 'passphrase' | 'recoveryKey';

interface Props {
  /** Locking: the screens behind just closed, their drafts are being kept before the key is forgotten. */
  settling: boolean;
  onSettled(): void;
}

/**
 * Shown while the database is locked (at start, after Ctrl+L, after the idle time): the passphrase,
 * or the recovery key instead, and nothing of any tour. A wrong secret unlocks and changes nothing.
 * In the desktop app, with "unlock with this computer's user account" on, one button unlocks first.
 */
export function LockScreen({ settling, onSettled }: Props) {
  const { t } = useTranslation();
  const [secret, setSecret] = useState<Secret>('passphrase');
  const [value, setValue] = useState('');
  const { busy, wrong, failed, attempt, clear } = useSecretAttempt(isWrongSecret);
  const settled = useEffectEvent(onSettled);
  const keychain = useKeychainUnlock();

  // Loaded while the passphrase is typed: the click on Unlock then only derives the key and reads
  // the records of the screen behind.
  useEffect(() => {
    preloadUnlock()
      .catch((error: unknown) => console.warn(error))
      .finally(loadScreenBehindLock);
  }, []);

  useEffect(() => {
    if (!settling) return;
    void settleWrites()
      .catch((error: unknown) => console.error(error))
      .finally(() => settled());
  }, [settling]);

  const unlock = async () => {
    if (settling || busy || keychain.busy || value.trim() === '') return;
    // Unlocked: this screen gives way to the app.
    await attempt(() =>
      secret === 'passphrase' ? unlockWithPassphrase(value) : unlockWithRecoveryKey(value),
    );
  };

  const switchTo = (next: Secret) => {
    setSecret(next);
    setValue('');
    clear();
  };

  const error = wrong
    ? t(secret === 'passphrase' ? 'protection.lock.wrongPassphrase' : 'protection.lock.wrongRecoveryKey')
    : null;

  return (
    <StandaloneScreen width={480}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void unlock();
        }}
      >
        <Stack gap="md">
          <Group gap="sm" wrap="nowrap">
            <IconLock aria-hidden size={28} />
            <Title order={1} size="h2">
              {t('protection.lock.title')}
            </Title>
          </Group>
          {keychain.offered && (
            <Button
              size="md"
              leftSection={<IconUserCheck aria-hidden size={20} />}
              loading={keychain.busy}
              disabled={settling || busy}
              onClick={() => void keychain.unlock()}
            >
              {keychain.system === null
                ? t('protection.keychain.unlockWithComputer')
                : t('protection.keychain.unlockWith', { system: keychain.system })}
            </Button>
          )}
          {keychain.problem && (
            <Text c="red.8" role="alert">
              {t(`protection.keychain.${keychain.problem}`)}
            </Text>
          )}
          <Text>{t(secret === 'passphrase' ? 'protection.lock.hint' : 'protection.lock.recoveryHint')}</Text>
          {secret === 'passphrase' ? (
            <PasswordInput
              key="passphrase"
              label={t('protection.lock.passphrase')}
              value={value}
              autoComplete="current-password"
              visibilityToggleButtonProps={{ 'aria-label': t('protection.passphrase.show') }}
              autoFocus
              error={error}
              onChange={(event) => setValue(event.currentTarget.value)}
            />
          ) : (
            <RecoveryKeyInput
              key="recoveryKey"
              label={t('protection.lock.recoveryKey')}
              description={t('protection.lock.recoveryKeyFormat')}
              value={value}
              error={error}
              onChange={setValue}
            />
          )}
          {(busy || keychain.busy) && <Text role="status">{t('protection.lock.unlocking')}</Text>}
          {failed && (
            <Text c="red.8" role="alert">
              {t('protection.lock.failed')}
            </Text>
          )}
          <Group justify="space-between">
            <Button
              type="submit"
              loading={busy}
              disabled={settling || keychain.busy}
              variant={keychain.offered ? 'default' : 'filled'}
            >
              {t('protection.lock.unlock')}
            </Button>
            <Anchor
              component="button"
              type="button"
              onClick={() => switchTo(secret === 'passphrase' ? 'recoveryKey' : 'passphrase')}
            >
              {t(
                secret === 'passphrase' ? 'protection.lock.useRecoveryKey' : 'protection.lock.usePassphrase',
              )}
            </Anchor>
          </Group>
        </Stack>
      </form>
    </StandaloneScreen>
  );
}
