import { useTranslation } from 'react-i18next';

/** The calendar's buttons named in the interface language (Mantine names them in English). */
export function useCalendarLabels() {
  const { t } = useTranslation();
  return {
    previousMonth: t('pickers.previousMonth'),
    nextMonth: t('pickers.nextMonth'),
    previousYear: t('pickers.previousYear'),
    nextYear: t('pickers.nextYear'),
    previousDecade: t('pickers.previousDecade'),
    nextDecade: t('pickers.nextDecade'),
    monthLevelControl: t('pickers.monthLevel'),
    yearLevelControl: t('pickers.yearLevel'),
  };
}
