import { useState } from 'react';
import { Button, Group } from '@mantine/core';
import { IconFileExport, IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../domain/entities';
import type { TranslatableTour } from '../../../domain/findings';
import { XliffExportModal } from './XliffExportModal';
import { XliffImportModal } from './XliffImportModal';

interface Props {
  tour: TranslatableTour;
  source: Language;
  target: Language;
}

/** The way out to the translators' tools and back: XLIFF 2.0 export and import on the Translation screen. */
export function XliffActions({ tour, source, target }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<'export' | 'import' | null>(null);
  return (
    <Group gap="xs">
      <Button
        variant="default"
        leftSection={<IconFileExport size={16} aria-hidden />}
        onClick={() => setOpen('export')}
      >
        {t('xliff.export.open')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconFileImport size={16} aria-hidden />}
        onClick={() => setOpen('import')}
      >
        {t('xliff.import.open')}
      </Button>
      {open === 'export' && (
        <XliffExportModal tour={tour} source={source} target={target} onClose={() => setOpen(null)} />
      )}
      {open === 'import' && <XliffImportModal tourId={tour.tour.id} onClose={() => setOpen(null)} />}
    </Group>
  );
}
