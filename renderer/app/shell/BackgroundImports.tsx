import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import { AppShell } from '@mantine/core';
import { vcardImport } from '../../features/contacts/vcardBackgroundImport';
import { VcardImportStatus, vcardImportStatusShown } from '../../features/contacts/VcardImportStatus';
import { useBackgroundImport } from '../../ui/useBackgroundImport';

// The dialog and its reading code load when it is first opened, not at start-up.
const VcardImportDialog = lazy(() =>
  import('../../features/contacts/VcardImportDialog').then((module) => ({
    default: module.VcardImportDialog,
  })),
);

/** The height of the shell's footer that shows an import's status (one row). */
export const IMPORT_STATUS_HEIGHT = 64;

/**
 * Whether the shell shows an import's status in its footer (AppLayout makes room for it). Only a
 * change of this re-renders the shell, not every step of the progress.
 */
export function useImportStatusShown(): boolean {
  return useSyncExternalStore(vcardImport.subscribe, vcardImportStatusShown);
}

/**
 * Imports read in the background, shown on every screen: the vCard import's status, in the shell's
 * footer (the screens end above it, nothing of them is hidden under it), and its dialog (opened
 * from Contacts or by the status's "Review"). Leaving the shell (locking the app) drops an import:
 * the locked screen shows nothing of the tour, and the cards read are not kept behind it.
 */
export function BackgroundImports() {
  const { dialogOpen } = useBackgroundImport(vcardImport);
  const shown = useImportStatusShown();
  useEffect(() => () => vcardImport.discard(), []);
  return (
    <>
      {shown && (
        <AppShell.Footer>
          <VcardImportStatus />
        </AppShell.Footer>
      )}
      {dialogOpen && (
        <Suspense fallback={null}>
          <VcardImportDialog />
        </Suspense>
      )}
    </>
  );
}
