import { Group } from '@mantine/core';
import { TimePicker } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { DateField } from './DateField';

interface DateTimeFieldProps {
  /** The date's label, e.g. "Start". */
  label: string;
  /** The time's label, e.g. "Start time". */
  timeLabel: string;
  /** Local wall time "YYYY-MM-DDTHH:mm", or '' when empty. */
  value: string;
  onChange(value: string): void;
  error?: string;
  required?: boolean;
  defaultMonth?: string;
}

/**
 * A moment as a date in the interface language's order and a 24-hour time, whatever the
 * browser's or the computer's locale (a native datetime input would say "02:00 PM").
 */
export function DateTimeField(props: DateTimeFieldProps) {
  const { label, timeLabel, value, onChange, error, required, defaultMonth } = props;
  const { t } = useTranslation();
  const [date = '', time = ''] = value.split('T');
  const join = (nextDate: string, nextTime: string) =>
    onChange(nextDate === '' && nextTime === '' ? '' : `${nextDate}T${nextTime.slice(0, 5)}`);
  return (
    <Group grow align="flex-start" gap="xs" wrap="nowrap">
      <DateField
        label={label}
        value={date}
        onChange={(nextDate) => join(nextDate, time)}
        error={error}
        required={required}
        defaultMonth={defaultMonth}
      />
      <TimePicker
        label={timeLabel}
        format="24h"
        value={time.slice(0, 5)}
        onChange={(nextTime) => join(date, nextTime)}
        hoursInputLabel={t('pickers.hoursOf', { field: timeLabel })}
        minutesInputLabel={t('pickers.minutesOf', { field: timeLabel })}
        hoursPlaceholder={t('pickers.hoursPlaceholder')}
        minutesPlaceholder={t('pickers.minutesPlaceholder')}
        required={required}
        error={error ? true : undefined}
      />
    </Group>
  );
}
