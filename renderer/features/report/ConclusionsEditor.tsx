import { useState } from 'react';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { tours } from '../../db/repositories';
import type { Language, Tour } from '../../domain/entities';
import { withText } from '../../domain/localizedText';

/**
 * The conclusions of the report are the one text written here: on the tour, one version per
 * document language. Keyed by tour and language by the parent so a switch starts from what is stored.
 */
export function ConclusionsEditor({
  tour,
  language,
  languageName,
}: {
  tour: Tour;
  language: Language;
  languageName: string;
}) {
  const { t } = useTranslation();
  const stored = tour.conclusions[language] ?? '';
  const [draft, setDraft] = useState(stored);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    try {
      const current = await tours.get(tour.id);
      if (!current) throw new Error('The tour no longer exists');
      await tours.save({ ...current, conclusions: withText(current.conclusions, language, draft) });
      notifications.show({ color: 'green', message: t('report.conclusions.saved') });
    } catch (cause) {
      console.error(cause);
      notifications.show({ color: 'red', message: t('errors.saveFailed') });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Stack gap="xs">
      <Textarea
        label={t('report.conclusions.label', { language: languageName })}
        description={t('report.conclusions.hint')}
        autosize
        minRows={3}
        maxRows={12}
        value={draft}
        onChange={(event) => setDraft(event.currentTarget.value)}
      />
      <Group>
        <Button variant="default" onClick={save} loading={saving} disabled={draft === stored}>
          {t('report.conclusions.save')}
        </Button>
      </Group>
    </Stack>
  );
}
