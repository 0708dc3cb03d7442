import { useState } from 'react';
import { Button, Group, Modal, NativeSelect, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import {
  LANGUAGES,
  type Language,
  type Organisation,
  type Tour,
  type TourEvent,
} from '../../domain/entities';
import { buildCalendarModel } from '../../domain/programme/calendarModel';
import { formatDate } from '../../i18n/formatters';
import { LANGUAGE_NATIVE_NAMES, isLanguage } from '../../i18n/languages';
import { useUiLanguage } from '../../i18n/useUiLanguage';
import { saveFile } from '../../platform';

const ALL_DAYS = 'all';

interface ExportIcsModalProps {
  tour: Tour;
  events: readonly TourEvent[];
  organisations: readonly Organisation[];
  /** The agenda's days ("yyyy-MM-dd"), in order. */
  days: readonly string[];
  onClose(): void;
}

/** Saves the programme, or one day of it, as a calendar file phones and desktop calendars import. */
export function ExportIcsModal({ tour, events, organisations, days, onClose }: ExportIcsModalProps) {
  const { t } = useTranslation();
  const uiLanguage = useUiLanguage();
  const [day, setDay] = useState(ALL_DAYS);
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [saving, setSaving] = useState(false);

  const save = async () => {
    setSaving(true);
    try {
      // The calendar writer is loaded only when a calendar is exported.
      const { writeIcs, ICS_MIME_TYPE } = await import('../../export/ics');
      const model = buildCalendarModel({
        tour,
        events,
        organisations,
        language,
        ...(day === ALL_DAYS ? {} : { day }),
      });
      const bytes = writeIcs(model, { stamp: new Date() });
      const outcome = await saveFile({
        suggestedName: day === ALL_DAYS ? 'programme.ics' : `programme-${day}.ics`,
        bytes,
        mimeType: ICS_MIME_TYPE,
        filters: [{ name: t('programme.export.fileType'), extensions: ['ics'] }],
      });
      if (outcome === 'saved') {
        notifications.show({ color: 'green', message: t('programme.export.done') });
        onClose();
      }
    } catch (cause) {
      console.error(cause);
      notifications.show({ color: 'red', message: t('programme.export.failed') });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Modal opened onClose={onClose} title={t('programme.export.title')}>
      <Stack>
        <NativeSelect
          label={t('programme.export.scope')}
          data={[
            { value: ALL_DAYS, label: t('programme.export.allDays') },
            ...days.map((date) => ({ value: date, label: formatDate(date, uiLanguage, 'full') })),
          ]}
          value={day}
          onChange={(change) => setDay(change.currentTarget.value)}
        />
        <NativeSelect
          label={t('programme.export.language')}
          description={t('programme.export.languageHint')}
          data={LANGUAGES.map((code) => ({ value: code, label: LANGUAGE_NATIVE_NAMES[code] }))}
          value={language}
          onChange={(change) => {
            const next = change.currentTarget.value;
            if (isLanguage(next)) setLanguage(next);
          }}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button loading={saving} onClick={() => void save()} disabled={events.length === 0}>
            {t('programme.export.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
