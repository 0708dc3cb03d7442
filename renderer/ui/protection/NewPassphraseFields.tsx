import { PasswordInput, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MIN_PASSPHRASE_LENGTH, type NewPassphraseProblem } from './newPassphrase';

interface Props {
  passphrase: string;
  repeat: string;
  onPassphrase(value: string): void;
  onRepeat(value: string): void;
  problem: NewPassphraseProblem | null;
  /** The first field takes the focus (a screen of its own). */
  autoFocus?: boolean;
  label?: string;
}

/** A new passphrase, typed twice; the problem (too short, different) is shown under the second. */
export function NewPassphraseFields(props: Props) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <PasswordInput
        label={props.label ?? t('protection.passphrase.new')}
        description={t('protection.passphrase.hint', { count: MIN_PASSPHRASE_LENGTH })}
        value={props.passphrase}
        autoComplete="new-password"
        visibilityToggleButtonProps={{ 'aria-label': t('protection.passphrase.show') }}
        data-autofocus={props.autoFocus || undefined}
        autoFocus={props.autoFocus}
        error={
          props.problem === 'tooShort' &&
          t('protection.passphrase.tooShort', { count: MIN_PASSPHRASE_LENGTH })
        }
        onChange={(event) => props.onPassphrase(event.currentTarget.value)}
      />
      <PasswordInput
        label={t('protection.passphrase.repeat')}
        value={props.repeat}
        autoComplete="new-password"
        visibilityToggleButtonProps={{ 'aria-label': t('protection.passphrase.show') }}
        error={props.problem === 'mismatch' && t('protection.passphrase.mismatch')}
        onChange={(event) => props.onRepeat(event.currentTarget.value)}
      />
    </Stack>
  );
}
