import { useState } from 'react';
import { Alert, Anchor, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { RecoveryKeyInput } from '../../ui/protection/RecoveryKeyInput';
import { useTranslation } from 'react-i18next';
import type { FileSecret } from '../../lib/crypto/openEncryptedFile';
import type { PassphrasePromptState } from './usePassphrasePrompt';

/**
 * Asks for the passphrase of an encrypted file being opened, or, for a backup made on a protected
 * laptop (one with a recovery slot), that laptop's recovery key instead; a wrong one is said at once.
 */
export function PassphrasePrompt({ prompt }: { prompt: PassphrasePromptState }) {
  const { t } = useTranslation();
  const [chosen, setChosen] = useState<FileSecret['kind']>('passphrase');
  const [value, setValue] = useState('');
  const { pending } = prompt;
  if (!pending) return null;
  // A file without a recovery slot takes its passphrase only (the choice may linger from another file).
  const kind = pending.recoveryKey ? chosen : 'passphrase';
  const submit = () => {
    prompt.answer({ kind, text: value });
    setValue('');
  };
  const switchTo = (next: FileSecret['kind']) => {
    setChosen(next);
    setValue('');
  };
  const wrong =
    pending.reason === 'wrong-passphrase'
      ? t('fileEncryption.prompt.wrong')
      : pending.reason === 'wrong-recovery-key'
        ? t('fileEncryption.prompt.wrongRecoveryKey')
        : null;
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="xs">
        {wrong ? (
          <Alert color="red" role="alert">
            {wrong}
          </Alert>
        ) : (
          <Text>
            {t(
              kind === 'passphrase'
                ? 'fileEncryption.prompt.needed'
                : 'fileEncryption.prompt.neededRecoveryKey',
            )}
          </Text>
        )}
        {kind === 'passphrase' ? (
          <PasswordInput
            key="passphrase"
            label={t('fileEncryption.prompt.label')}
            value={value}
            autoComplete="off"
            data-autofocus
            onChange={(event) => setValue(event.currentTarget.value)}
          />
        ) : (
          <RecoveryKeyInput
            key="recoveryKey"
            label={t('fileEncryption.prompt.recoveryKey')}
            description={t('fileEncryption.prompt.recoveryKeyHint')}
            value={value}
            onChange={setValue}
          />
        )}
        <Group>
          <Button type="submit" disabled={value.trim() === ''}>
            {t('fileEncryption.prompt.open')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setValue('');
              prompt.answer(null);
            }}
          >
            {t('fileEncryption.prompt.cancel')}
          </Button>
          {pending.recoveryKey && (
            <Anchor
              component="button"
              type="button"
              onClick={() => switchTo(kind === 'passphrase' ? 'recoveryKey' : 'passphrase')}
            >
              {t(
                kind === 'passphrase'
                  ? 'fileEncryption.prompt.useRecoveryKey'
                  : 'fileEncryption.prompt.usePassphrase',
              )}
            </Anchor>
          )}
        </Group>
      </Stack>
    </form>
  );
}
