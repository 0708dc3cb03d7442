import { useState } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import type { ImportProgress } from '../../domain/imports/importProgress';
import { useImportCheck } from '../../ui/useImportCheck';

export interface OpenSample {
  openSample: () => Promise<void>;
  /** True from the click until the tour is open (or refused, or cancelled). */
  opening: boolean;
  /** While the file is read and checked in the import worker: how far, and its Cancel. */
  checking: boolean;
  progress: ImportProgress | null;
  cancel: () => void;
}

/**
 * "Open the sample tour": read and checked in the import worker (Cancel writes nothing), then
 * written in one transaction, with a translated message either way.
 */
export function useOpenSample(): OpenSample {
  const { t } = useTranslation();
  const check = useImportCheck();
  const [writing, setWriting] = useState(false);
  const openSample = async () => {
    try {
      // The sample's reader and validation load on the click, not at start-up.
      const { readSampleTour, openTourBundle } = await import('./tourActions');
      const read = await check.run(readSampleTour);
      if (!read) return;
      // Past this point there is nothing to cancel: the tour is written at once, all or nothing.
      setWriting(true);
      await openTourBundle(read.value);
      notifications.show({ color: 'green', message: t('tours.sampleOpened') });
    } catch (cause) {
      console.error(cause);
      notifications.show({ color: 'red', message: t('tours.sampleFailed') });
    } finally {
      setWriting(false);
    }
  };
  return {
    openSample,
    opening: check.checking || writing,
    checking: check.checking,
    progress: check.progress,
    cancel: check.cancel,
  };
}
