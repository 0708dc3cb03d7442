import { Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

interface EditorSectionProps {
  /** The heading's id: the section is named by its heading for screen readers. */
  id: string;
  title: string;
  /** One dimmed line under the heading (what the values are for, in which language). */
  intro?: string;
  children: ReactNode;
}

/** One of the Documents screen's editors (tour facts, abbreviations, requisites): a bordered, headed section. */
export function EditorSection({ id, title, intro, children }: EditorSectionProps) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="xs">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {intro && (
          <Text size="sm" c="dimmed">
            {intro}
          </Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}
