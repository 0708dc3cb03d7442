import { TextInput } from '@mantine/core';
import type { ReactNode } from 'react';

interface Props {
  label: string;
  description: string;
  value: string;
  error?: ReactNode;
  onChange(value: string): void;
}

/**
 * The field a recovery key is typed into (eight groups of four letters and digits): in monospace,
 * so that 0 and O, 1 and I are told apart, with no spell check or autocompletion of a secret.
 * The lock screen and the prompt of an encrypted backup share it.
 */
export function RecoveryKeyInput({ label, description, value, error, onChange }: Props) {
  return (
    <TextInput
      label={label}
      description={description}
      value={value}
      autoComplete="off"
      spellCheck={false}
      autoFocus
      error={error}
      styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
      onChange={(event) => onChange(event.currentTarget.value)}
    />
  );
}
