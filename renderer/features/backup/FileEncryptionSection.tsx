import { useState } from 'react';
import { Button, Group, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { WarningNote } from '../../ui/WarningNote';
import {
  MIN_FILE_PASSPHRASE_LENGTH,
  filePassphraseSetAt,
  forgetFilePassphrase,
  setFilePassphrase,
} from '../../db/backup';
import { useProtectionMode } from '../../db/queries/protectionMode';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { backupsFolder } from '../../platform';
import { formatMoment } from './formatting';

/**
 * The delegation's file passphrase on this laptop: with it, backups (automatic ones too) and
 * exchange files are encrypted, and on a protected laptop its backups open with its recovery key
 * too; without it, the screen says they are plain and offers to set one.
 */
export function FileEncryptionSection() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const setAt = useLiveQuery(filePassphraseSetAt, []);
  const protectedLaptop = useProtectionMode() !== 'off';
  const [editing, setEditing] = useState(false);
  if (setAt === undefined) return null;
  const automatic = backupsFolder.available();

  return (
    <Stack gap="xs">
      <Title order={2} size="h3">
        {t('fileEncryption.title')}
      </Title>
      <Text>{t('fileEncryption.hint')}</Text>
      {setAt ? (
        <Text>
          {t('fileEncryption.isSet', { when: formatMoment(setAt, language) })}{' '}
          {protectedLaptop && t('fileEncryption.recoverable')}
        </Text>
      ) : (
        // A standing warning, not news: a note, so that it is not announced (nor taken for an error).
        <WarningNote title={t('fileEncryption.notSetTitle')}>
          {t('fileEncryption.notSet')} {automatic && t('fileEncryption.automaticPlain')}
        </WarningNote>
      )}
      {!setAt || editing ? (
        <PassphraseForm
          onDone={() => setEditing(false)}
          onCancel={setAt ? () => setEditing(false) : undefined}
        />
      ) : (
        <Group>
          <Button variant="default" onClick={() => setEditing(true)}>
            {t('fileEncryption.change')}
          </Button>
          <Button
            variant="subtle"
            color="red"
            onClick={() =>
              void forgetFilePassphrase().then(() =>
                notifications.show({ message: t('fileEncryption.forgotten') }),
              )
            }
          >
            {t('fileEncryption.forget')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function PassphraseForm({ onDone, onCancel }: { onDone: () => void; onCancel?: () => void }) {
  const { t } = useTranslation();
  const [passphrase, setPassphrase] = useState('');
  const [repeat, setRepeat] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (passphrase.length < MIN_FILE_PASSPHRASE_LENGTH)
      return setProblem(t('fileEncryption.tooShort', { count: MIN_FILE_PASSPHRASE_LENGTH }));
    if (passphrase !== repeat) return setProblem(t('fileEncryption.mismatch'));
    setProblem(null);
    setBusy(true);
    try {
      await setFilePassphrase(passphrase);
      notifications.show({ color: 'green', message: t('fileEncryption.saved') });
      onDone();
    } catch (error) {
      console.error(error);
      setProblem(t('fileEncryption.setFailed'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <Stack gap="xs" maw={480}>
        <PasswordInput
          label={t('fileEncryption.passphrase')}
          description={t('fileEncryption.passphraseHint', { count: MIN_FILE_PASSPHRASE_LENGTH })}
          value={passphrase}
          autoComplete="new-password"
          onChange={(event) => setPassphrase(event.currentTarget.value)}
        />
        <PasswordInput
          label={t('fileEncryption.repeat')}
          value={repeat}
          autoComplete="new-password"
          error={problem}
          onChange={(event) => setRepeat(event.currentTarget.value)}
        />
        <Group>
          <Button type="submit" loading={busy}>
            {t('fileEncryption.set')}
          </Button>
          {onCancel && (
            <Button variant="default" disabled={busy} onClick={onCancel}>
              {t('fileEncryption.cancelChange')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
