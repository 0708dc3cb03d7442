import { useState } from 'react';
import { Alert, Button, Group, PasswordInput, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PassphrasePromptState } from './usePassphrasePrompt';

/** Asks for the passphrase of an encrypted file being opened; a wrong one is said at once. */
export function PassphrasePrompt({ prompt }: { prompt: PassphrasePromptState }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  if (!prompt.pending) return null;
  const submit = () => {
    prompt.answer(passphrase);
    setPassphrase('');
  };
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="xs">
        {prompt.pending.reason === 'wrong' ? (
          <Alert color="red" role="alert">
            {t('fileEncryption.prompt.wrong')}
          </Alert>
        ) : (
          <Text>{t('fileEncryption.prompt.needed')}</Text>
        )}
        <PasswordInput
          label={t('fileEncryption.prompt.label')}
          value={passphrase}
          autoComplete="off"
          data-autofocus
          onChange={(event) => setPassphrase(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" disabled={passphrase === ''}>
            {t('fileEncryption.prompt.open')}
          </Button>
          <Button
            variant="default"
            onClick={() => {
              setPassphrase('');
              prompt.answer(null);
            }}
          >
            {t('fileEncryption.prompt.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
