import { Alert } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A yellow note that warns before a choice (what a forgotten passphrase or a plain file means). Its
 * title keeps the text colour: Mantine's yellow title fails the contrast check on the light background.
 */
export function WarningNote({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Alert
      role="note"
      color="yellow"
      title={title}
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      {children}
    </Alert>
  );
}
