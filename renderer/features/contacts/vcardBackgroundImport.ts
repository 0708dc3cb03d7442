import type { ImportEntry } from '../../domain/vcard/importPlan';
import { createBackgroundImport } from '../../ui/backgroundImport';

/**
 * The vCard file being imported, if any: read in the background while the person works on any
 * screen (VcardImportStatus in the shell), reviewed and confirmed in VcardImportModal. A module of
 * its own, without the reading code, so that the shell's status costs nothing at start-up.
 */
export const vcardImport = createBackgroundImport<ImportEntry[]>();
