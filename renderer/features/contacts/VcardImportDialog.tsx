import { useBackgroundImport } from '../../ui/useBackgroundImport';
import { useContactsRecords } from './useContactsRecords';
import { vcardImport } from './vcardBackgroundImport';
import { VcardImportModal } from './VcardImportModal';

/**
 * The vCard import's dialog wherever the person is (opened from Contacts, or by "Review" in the
 * shell's status on any screen), with the tour's contacts and organisations the cards are matched
 * against. Loaded with its reading code when first opened.
 */
export function VcardImportDialog() {
  const { dialogOpen, dialogTourId } = useBackgroundImport(vcardImport);
  if (!dialogOpen || !dialogTourId) return null;
  return <WithRecords tourId={dialogTourId} />;
}

function WithRecords({ tourId }: { tourId: string }) {
  const { contacts, organisations } = useContactsRecords(tourId);
  if (!contacts || !organisations) return null;
  return <VcardImportModal tourId={tourId} contacts={contacts} organisations={organisations} />;
}
