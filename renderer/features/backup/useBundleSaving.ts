import { useState, type ReactNode } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { BUNDLE_EXTENSION, BUNDLE_MIME_TYPE, rememberedFileKey } from '../../db/backup';
import type { FileKey } from '../../lib/crypto/fileEnvelope';
import { saveFile } from '../../platform';
import { backupErrorMessage } from './backupMessages';
import { usePlainFileConfirm } from './PlainFileDialog';

/** A backup or exchange file made in memory, ready to be saved where the user chooses. */
export interface MadeBundle {
  fileName: string;
  bytes: Uint8Array;
}

interface SaveBundleOptions<Made extends MadeBundle> {
  /** Makes the file, encrypted with `fileKey` (the file passphrase's), or plain when it is null. */
  make: (fileKey: FileKey | null) => Promise<Made>;
  /** The file type's name in the save dialog. */
  kindName: string;
  savedMessage: (fileName: string) => string;
  afterSaved?: (made: Made) => Promise<void>;
}

/**
 * The one way a backup or an exchange file leaves the app: make it, let the user save it (a save
 * dialog in the desktop app, a download in a browser), then say so, or say in the interface
 * language why not. `afterSaved` runs only when the file was really saved (not on Cancel).
 * Encrypted with the file passphrase when one is set on this laptop; a plain file only after the
 * person said yes to the warning (`dialog`, to be rendered by the caller).
 */
export function useBundleSaving(): {
  busy: boolean;
  saveBundle: <Made extends MadeBundle>(options: SaveBundleOptions<Made>) => Promise<void>;
  dialog: ReactNode;
} {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const plainFile = usePlainFileConfirm();
  const saveBundle = async <Made extends MadeBundle>(options: SaveBundleOptions<Made>) => {
    setBusy(true);
    try {
      const fileKey = await rememberedFileKey();
      if (!fileKey && !(await plainFile.confirm())) return;
      const made = await options.make(fileKey);
      const outcome = await saveFile({
        suggestedName: made.fileName,
        bytes: made.bytes,
        mimeType: BUNDLE_MIME_TYPE,
        filters: [{ name: options.kindName, extensions: [BUNDLE_EXTENSION] }],
      });
      if (outcome !== 'saved') return;
      await options.afterSaved?.(made);
      notifications.show({ color: 'green', message: options.savedMessage(made.fileName) });
    } catch (error) {
      console.error(error);
      notifications.show({ color: 'red', message: backupErrorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  };
  return { busy, saveBundle, dialog: plainFile.dialog };
}
