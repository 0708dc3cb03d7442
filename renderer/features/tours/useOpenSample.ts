import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { openSampleTour } from './tourActions';

/** "Open the sample tour" with progress and a translated message either way. */
export function useOpenSample(): { openSample: () => Promise<void>; opening: boolean } {
  const { t } = useTranslation();
  const [opening, setOpening] = useState(false);
  const openSample = async () => {
    setOpening(true);
    try {
      await openSampleTour();
      notifications.show({ color: 'green', message: t('tours.sampleOpened') });
    } catch (cause) {
      console.error(cause);
      notifications.show({ color: 'red', message: t('tours.sampleFailed') });
    } finally {
      setOpening(false);
    }
  };
  return { openSample, opening };
}
