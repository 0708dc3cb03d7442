import { useEffect, useId, useState } from 'react';
import { Stack, Switch, Text } from '@mantine/core';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
// Apart from db/protection's index, which the start script loads: only Settings and the lock screen use it.
import {
  hasKeychainSlot,
  turnOffKeychainUnlock,
  turnOnKeychainUnlock,
} from '../../db/protection/keychainUnlock';
import { desktopKeychain, KeychainError, type KeychainBridge } from '../../platform/keychain';
import { KeychainBroken } from './KeychainBroken';
import { useKeychainHealth } from './useKeychainHealth';

/** Whether this computer's keychain protects anything (null: still asking). */
function useKeychainAvailable(keychain: KeychainBridge | null): boolean | null {
  const [available, setAvailable] = useState<boolean | null>(keychain ? null : false);
  useEffect(() => {
    if (!keychain) return;
    let live = true;
    keychain.available().then(
      (answer) => live && setAvailable(answer),
      (error: unknown) => {
        console.error(error);
        if (live) setAvailable(false);
      },
    );
    return () => {
      live = false;
    };
  }, [keychain]);
  return available;
}

/**
 * Settings → protection, desktop app only: "Unlock with this computer's user account". Not shown in a
 * browser, nor where the keychain protects nothing (electron/keychain.ts): offering it there would
 * pretend a protection that is not. Off unless turned on; turning it on needs the app unlocked, which
 * it is wherever Settings shows. When on but the kept key no longer opens the data (or the keychain
 * stopped working), says so and offers to set it up again or turn it off, instead of a switch that is on.
 */
export function KeychainOption() {
  const { t } = useTranslation();
  const [keychain] = useState(desktopKeychain);
  const available = useKeychainAvailable(keychain);
  const on = useLiveQuery(hasKeychainSlot, []);
  const [round, setRound] = useState(0);
  const health = useKeychainHealth(keychain, available, on, round);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const hintId = useId();
  if (!keychain || available === null || on === undefined) return null;
  // Where the keychain protects nothing, only an option left on from before is shown (to turn it off).
  if (!available && !on) return null;

  const toggle = async (next: boolean) => {
    setBusy(true);
    setProblem(null);
    try {
      await (next ? turnOnKeychainUnlock(keychain) : turnOffKeychainUnlock(keychain));
    } catch (error) {
      console.error(error);
      // Turning off removes the vault's wrap before the keychain forgets the key: a keychain error then
      // means the option is off all the same.
      setProblem(
        t(
          next
            ? 'protection.keychain.turnOnFailed'
            : error instanceof KeychainError
              ? 'protection.keychain.forgetFailed'
              : 'protection.keychain.turnOffFailed',
        ),
      );
    } finally {
      setBusy(false);
      setRound((current) => current + 1);
    }
  };

  const failure = problem && (
    <Text c="red.8" role="alert">
      {problem}
    </Text>
  );

  if (on && health !== null && health !== 'works')
    return (
      <Stack gap={4} maw={560}>
        <KeychainBroken
          problem={health}
          busy={busy}
          onSetUpAgain={() => void toggle(true)}
          onTurnOff={() => void toggle(false)}
        />
        {failure}
      </Stack>
    );

  return (
    <Stack gap={4} maw={560}>
      {/* The hint apart from the switch: inside its label it would become part of the switch's name. */}
      <Switch
        label={t('protection.keychain.option')}
        aria-describedby={hintId}
        checked={on}
        disabled={busy}
        onChange={(event) => void toggle(event.currentTarget.checked)}
      />
      <Text id={hintId} size="sm" c="dimmed">
        {t('protection.keychain.optionHint')}
      </Text>
      {failure}
    </Stack>
  );
}
