import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

/** "Open the sample tour" with progress and a translated message either way. */
export function useOpenSample(): { openSample: () => Promise<void>; opening: boolean } {
  const { t } = useTranslation();
  const [opening, setOpening] = useState(false);
  const openSample = async () => {
    setOpening(true);
    try {
      // The sample's reader and validation load on the click, not at start-up.
      const { openSampleTour } = await import('./tourActions');
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
