import { useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { BUNDLE_EXTENSION, peekBundlePurpose } from '../../db/backup';
import { openFileForImport, pendingImports, type OpenedFile } from '../../platform';
import { backupErrorMessage } from './backupMessages';
import type { IncomingFile } from './incomingFile';

export interface IncomingFiles {
  /** For the restore flow: backups, and anything not recognisably an exchange file (it explains why). */
  restore: IncomingFile | null;
  exchange: IncomingFile | null;
}

let serial = 0;

/**
 * Takes the files the desktop shell handed over (double-click, command line) and answers the menu's
 * "Import…", routing each file to restore or to the colleague import by what its manifest says.
 */
export function useIncomingFiles(): IncomingFiles {
  const { t } = useTranslation();
  const location = useLocation();
  const waiting = useSyncExternalStore(pendingImports.subscribe, pendingImports.getSnapshot);
  const [incoming, setIncoming] = useState<IncomingFiles>({ restore: null, exchange: null });
  const handledCommand = useRef<string | null>(null);

  useEffect(() => {
    const route = (file: OpenedFile) => {
      const next: IncomingFile = { serial: ++serial, name: file.name, bytes: file.bytes };
      setIncoming((current) =>
        peekBundlePurpose(file.bytes) === 'exchange'
          ? { ...current, exchange: next }
          : { ...current, restore: next },
      );
    };
    if (waiting.length > 0) {
      // One file at a time: the screen shows one preview per flow.
      const [first] = pendingImports.take();
      if (first) route(first);
      return;
    }
    const command = (location.state as { desktopCommand?: string } | null)?.desktopCommand;
    if (command === 'import' && handledCommand.current !== location.key) {
      handledCommand.current = location.key;
      openFileForImport({ filters: [{ name: t('nav.backup'), extensions: [BUNDLE_EXTENSION] }] })
        .then((file) => file && route(file))
        .catch((error: unknown) =>
          notifications.show({ color: 'red', message: backupErrorMessage(error, t) }),
        );
    }
  }, [waiting, location.key, location.state, t]);

  return incoming;
}
