import { useState } from 'react';
import { Button, Group, Modal, PasswordInput, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { WarningNote } from '../../ui/WarningNote';
import {
  changePassphrase,
  ChangedMeanwhileError,
  IDLE_CHOICES,
  readIdleMinutes,
  turnOnProtection,
  WrongSecretError,
  writeIdleMinutes,
} from '../../db/protection';
import { useProtectionMode } from '../../db/queries/protectionMode';
import { LOCK_SHORTCUT, requestLock } from '../../ui/protection/lockRequests';
import { useNewPassphrase } from '../../ui/protection/useNewPassphrase';
import { NewPassphraseFields } from '../../ui/protection/NewPassphraseFields';
import { RecoveryKeyPanel } from '../../ui/protection/RecoveryKeyPanel';
import { useSecretAttempt } from '../../ui/protection/useSecretAttempt';
import { KeychainOption } from './KeychainOption';

const isWrongSecret = (error: unknown) => error instanceof WrongSecretError;

/**
 * Settings → protection of the data on this laptop: whether it is on; turning it on for the data
 * already here (copied sealed into a new database, all or nothing, then the recovery key once); the idle time
 * before the app locks; unlocking with the computer's user account (desktop app); Lock now; a new
 * passphrase (with the current one or the recovery key).
 */
export function ProtectionSection() {
  const { t } = useTranslation();
  const mode = useProtectionMode();
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);
  // The mode turns to unlocked while the records are being encrypted: the form stays until it is done.
  const [turningOn, setTurningOn] = useState(false);
  return (
    <Stack gap="xs" component="section" aria-labelledby="protection-title">
      <Title order={2} size="h3" id="protection-title">
        {t('protection.settings.title')}
      </Title>
      {mode === 'off' || turningOn ? (
        <TurnOn onBusy={setTurningOn} onTurnedOn={setRecoveryKey} />
      ) : (
        <ProtectedControls />
      )}
      <Modal
        opened={recoveryKey !== null}
        onClose={() => {}}
        withCloseButton={false}
        closeOnEscape={false}
        closeOnClickOutside={false}
        size="lg"
        title={t('protection.recovery.title')}
      >
        {recoveryKey && (
          <RecoveryKeyPanel recoveryKey={recoveryKey} onDone={() => setRecoveryKey(null)} withTitle={false} />
        )}
      </Modal>
    </Stack>
  );
}

function TurnOn({
  onBusy,
  onTurnedOn,
}: {
  onBusy(busy: boolean): void;
  onTurnedOn(recoveryKey: string): void;
}) {
  const { t } = useTranslation();
  const newPassphrase = useNewPassphrase();
  const [busy, setBusy] = useState(false);
  // An automatic backup was under way: the encryption starts once it is written.
  const [waiting, setWaiting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async () => {
    const passphrase = newPassphrase.checked();
    if (passphrase === null) return;
    setBusy(true);
    onBusy(true);
    setWaiting(false);
    setFailure(null);
    try {
      const key = await turnOnProtection(passphrase, undefined, () => setWaiting(true));
      newPassphrase.clear();
      onTurnedOn(key);
      onBusy(false);
    } catch (error) {
      onBusy(false);
      console.error(error);
      setFailure(
        t(
          error instanceof ChangedMeanwhileError
            ? 'protection.settings.changedMeanwhile'
            : 'protection.settings.turnOnFailed',
        ),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <WarningNote title={t('protection.settings.offTitle')}>{t('protection.settings.off')}</WarningNote>
      <Text>{t('protection.firstRun.forget')}</Text>
      <Text size="sm" c="dimmed">
        {t('protection.settings.leftovers')}
      </Text>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="xs" maw={480}>
          <NewPassphraseFields {...newPassphrase.fields} label={t('protection.passphrase.label')} />
          {busy && (
            <Text role="status">
              {t(waiting ? 'protection.settings.waitingForBackup' : 'protection.settings.encrypting')}
            </Text>
          )}
          {failure && (
            <Text c="red.8" role="alert">
              {failure}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={busy}>
              {t('protection.settings.turnOn')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}

function ProtectedControls() {
  const { t } = useTranslation();
  const idleMinutes = useLiveQuery(readIdleMinutes, []);
  const [changing, setChanging] = useState(false);
  const idleLabel = (minutes: number) =>
    minutes === 0
      ? t('protection.settings.idleNever')
      : t('protection.settings.idleAfter', { count: minutes });
  return (
    <>
      <Text>{t('protection.settings.on')}</Text>
      {idleMinutes !== undefined && (
        <Select
          label={t('protection.settings.idleLabel')}
          description={t('protection.settings.idleHint')}
          data={IDLE_CHOICES.map((minutes) => ({ value: String(minutes), label: idleLabel(minutes) }))}
          value={String(idleMinutes)}
          allowDeselect={false}
          onChange={(value) => {
            if (value !== null)
              void writeIdleMinutes(Number(value)).catch((error: unknown) => console.error(error));
          }}
          maw={360}
        />
      )}
      <KeychainOption />
      {changing ? (
        <ChangePassphraseForm onDone={() => setChanging(false)} />
      ) : (
        <Group>
          <Button variant="default" onClick={requestLock} aria-keyshortcuts={LOCK_SHORTCUT.aria}>
            {t('protection.lock.now')} ({LOCK_SHORTCUT.keys.join('+')})
          </Button>
          <Button variant="default" onClick={() => setChanging(true)}>
            {t('protection.settings.change')}
          </Button>
        </Group>
      )}
    </>
  );
}

function ChangePassphraseForm({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const [current, setCurrent] = useState('');
  const newPassphrase = useNewPassphrase();
  const { busy, wrong, failed, attempt } = useSecretAttempt(isWrongSecret);

  const submit = async () => {
    const passphrase = newPassphrase.checked();
    if (passphrase === null || current === '') return;
    if (await attempt(() => changePassphrase(current, passphrase))) {
      notifications.show({ color: 'green', message: t('protection.settings.changed') });
      onDone();
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
          label={t('protection.settings.current')}
          description={t('protection.settings.currentHint')}
          value={current}
          autoComplete="current-password"
          visibilityToggleButtonProps={{ 'aria-label': t('protection.passphrase.show') }}
          autoFocus
          error={wrong && t('protection.settings.wrongCurrent')}
          onChange={(event) => setCurrent(event.currentTarget.value)}
        />
        <NewPassphraseFields {...newPassphrase.fields} />
        {failed && (
          <Text c="red.8" role="alert">
            {t('protection.settings.changeFailed')}
          </Text>
        )}
        <Group>
          <Button type="submit" loading={busy}>
            {t('protection.settings.saveChange')}
          </Button>
          <Button variant="default" disabled={busy} onClick={onDone}>
            {t('protection.settings.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
