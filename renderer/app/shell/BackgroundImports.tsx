import { lazy, Suspense, useEffect } from 'react';
import { vcardImport } from '../../features/contacts/vcardBackgroundImport';
import { VcardImportStatus } from '../../features/contacts/VcardImportStatus';
import { useBackgroundImport } from '../../ui/useBackgroundImport';

// The dialog and its reading code load when it is first opened, not at start-up.
const VcardImportDialog = lazy(() =>
  import('../../features/contacts/VcardImportDialog').then((module) => ({
    default: module.VcardImportDialog,
  })),
);

/**
 * Imports read in the background, shown on every screen: the vCard import's status and its
 * dialog (opened from Contacts or by the status's "Review"). Leaving the shell (locking the app)
 * drops an import: the locked screen shows nothing of the tour, and the cards read are not kept
 * behind it.
 */
export function BackgroundImports() {
  const { dialogOpen } = useBackgroundImport(vcardImport);
  useEffect(() => () => vcardImport.discard(), []);
  return (
    <>
      <VcardImportStatus />
      {dialogOpen && (
        <Suspense fallback={null}>
          <VcardImportDialog />
        </Suspense>
      )}
    </>
  );
}
