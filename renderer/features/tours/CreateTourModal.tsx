import { lazy, Suspense } from 'react';

// The form (date pickers, zone tables, validation) loads when a tour is first created, not at
// start-up: the welcome screen and the header only need the button.
const CreateTourForm = lazy(() =>
  import('./CreateTourForm').then((module) => ({ default: module.CreateTourForm })),
);

/** The "new study tour" dialog, mounted only while open. */
export function CreateTourModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  if (!opened) return null;
  return (
    <Suspense fallback={null}>
      <CreateTourForm onClose={onClose} />
    </Suspense>
  );
}
