import { DateInput, DatesProvider } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { DATE_INPUT_FORMAT, DAYJS_LOCALE, MONTH_LABEL_FORMAT, parseTypedDate } from '../i18n/datePickers';
import { useUiLanguage } from '../i18n/useUiLanguage';
import { useCalendarLabels } from './useCalendarLabels';

interface DateFieldProps {
  label: string;
  /** "YYYY-MM-DD", or '' when empty. */
  value: string;
  onChange(value: string): void;
  error?: string;
  required?: boolean;
  /** Optional dates can be cleared. */
  clearable?: boolean;
  description?: string;
  /** Where the calendar opens when the field is empty (e.g. the tour's first day). */
  defaultMonth?: string;
  'aria-label'?: string;
}

/**
 * A calendar date in the interface language: typed in its own order (hu: 2010. 09. 20.) or
 * picked from a calendar with its month names and weeks starting on Monday (DatesProvider).
 * The provider sits here, not in the app shell: the date library and its locales then load with
 * the first form that has a date, not at start-up.
 */
export function DateField(props: DateFieldProps) {
  const { label, value, onChange, error, required, clearable, description, defaultMonth } = props;
  const language = useUiLanguage();
  const { t } = useTranslation();
  const ariaLabels = useCalendarLabels();
  return (
    <DatesProvider settings={{ locale: DAYJS_LOCALE[language], firstDayOfWeek: 1, weekendDays: [0, 6] }}>
      <DateInput
        label={label}
        aria-label={props['aria-label']}
        description={description}
        value={value || null}
        onChange={(date) => onChange(date ?? '')}
        valueFormat={DATE_INPUT_FORMAT[language]}
        dateParser={(text) => parseTypedDate(text, language)}
        monthLabelFormat={MONTH_LABEL_FORMAT[language]}
        placeholder={t('pickers.datePlaceholder')}
        defaultDate={defaultMonth || undefined}
        ariaLabels={ariaLabels}
        error={error}
        required={required}
        clearable={clearable}
        // Mantine's clear button has no name of its own: it says what it clears.
        clearButtonProps={{ 'aria-label': t('pickers.clearDateOf', { field: props['aria-label'] ?? label }) }}
        allowDeselect={false}
        popoverProps={{ withinPortal: true }}
      />
    </DatesProvider>
  );
}
