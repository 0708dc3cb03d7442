import { lazy, Suspense, useState } from 'react';
import { Button } from '@mantine/core';
import { IconBook } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TranslatableTour } from '../../../domain/findings';

// The editor is needed only when opened.
const GlossaryModal = lazy(() =>
  import('./GlossaryModal').then((module) => ({ default: module.GlossaryModal })),
);

/** Opens the tour's glossary from the Translation screen. */
export function GlossaryButton({ tour }: { tour: TranslatableTour }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="default"
        leftSection={<IconBook size={16} aria-hidden />}
        onClick={() => setOpen(true)}
      >
        {t('glossary.open')}
      </Button>
      {open && (
        <Suspense fallback={null}>
          <GlossaryModal tour={tour} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
