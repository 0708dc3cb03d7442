import { useState } from 'react';
import { Button, Group, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { WarningNote } from '../../ui/WarningNote';
import { declineFirstRunProtection, turnOnProtection } from '../../db/protection';
import { useNewPassphrase } from '../../ui/protection/useNewPassphrase';
import { NewPassphraseFields } from '../../ui/protection/NewPassphraseFields';
import { RecoveryKeyPanel } from '../../ui/protection/RecoveryKeyPanel';
import { StandaloneScreen } from './StandaloneScreen';

/**
 * The first start on a new, empty database: protect it with a passphrase (what forgetting it means
 * said before it is chosen; then the recovery key, once) or "Not now" (Settings can turn it on later).
 */
export function FirstRunChoice({ onDone }: { onDone(): void }) {
  const { t } = useTranslation();
  const newPassphrase = useNewPassphrase();
  const [busy, setBusy] = useState<'protect' | 'decline' | null>(null);
  const [failed, setFailed] = useState(false);
  const [recoveryKey, setRecoveryKey] = useState<string | null>(null);

  if (recoveryKey)
    return (
      <StandaloneScreen width={640}>
        <RecoveryKeyPanel recoveryKey={recoveryKey} onDone={onDone} />
      </StandaloneScreen>
    );

  const protect = async () => {
    const passphrase = newPassphrase.checked();
    if (passphrase === null) return;
    setBusy('protect');
    setFailed(false);
    try {
      setRecoveryKey(await turnOnProtection(passphrase));
    } catch (error) {
      console.error(error);
      setFailed(true);
    } finally {
      setBusy(null);
    }
  };

  const decline = async () => {
    setBusy('decline');
    try {
      await declineFirstRunProtection();
    } catch (error) {
      // Asked again at the next start: nothing is lost.
      console.error(error);
    }
    onDone();
  };

  return (
    <StandaloneScreen width={640}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void protect();
        }}
      >
        <Stack gap="md">
          <Title order={1} size="h2">
            {t('protection.firstRun.title')}
          </Title>
          <Text>{t('protection.firstRun.why')}</Text>
          <List spacing={4}>
            <List.Item>{t('protection.firstRun.whatEncrypted')}</List.Item>
            <List.Item>{t('protection.firstRun.everyStart')}</List.Item>
          </List>
          <WarningNote title={t('protection.firstRun.forgetTitle')}>
            {t('protection.firstRun.forget')}
          </WarningNote>
          <NewPassphraseFields {...newPassphrase.fields} label={t('protection.passphrase.label')} autoFocus />
          {busy === 'protect' && <Text role="status">{t('protection.firstRun.protecting')}</Text>}
          {failed && (
            <Text c="red.8" role="alert">
              {t('protection.firstRun.failed')}
            </Text>
          )}
          <Group>
            <Button type="submit" loading={busy === 'protect'} disabled={busy === 'decline'}>
              {t('protection.firstRun.protect')}
            </Button>
            <Button
              variant="default"
              onClick={() => void decline()}
              loading={busy === 'decline'}
              disabled={busy === 'protect'}
            >
              {t('protection.firstRun.notNow')}
            </Button>
          </Group>
          <Text size="sm" c="dimmed">
            {t('protection.firstRun.later')}
          </Text>
        </Stack>
      </form>
    </StandaloneScreen>
  );
}
