import {
  createContext,
  lazy,
  Suspense,
  useCallback,
  useContext,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { SaveConflictError } from '../domain/merge';
import type { SaveChoice } from './SaveConflictDialog';

// Loaded with the first conflict, not at start-up: the dialog needs the entity schemas and Modal.
const SaveConflictDialog = lazy(() =>
  import('./SaveConflictDialog').then((module) => ({ default: module.SaveConflictDialog })),
);

/** Shows a conflict and resolves with the user's choice. */
export type AskSaveConflict = (conflict: SaveConflictError) => Promise<SaveChoice>;

const SaveConflictContext = createContext<AskSaveConflict | null>(null);

/**
 * Where every form's save conflicts are shown (ui/useSaveAction asks here), one at a time, above
 * the form that raised them. Mounted once, around the app; without it a conflict is a failed save.
 */
export function SaveConflictHost({ children }: { children: ReactNode }) {
  const [queue, setQueue] = useState<
    { id: number; conflict: SaveConflictError; answer(c: SaveChoice): void }[]
  >([]);
  const serial = useRef(0);
  const ask = useCallback<AskSaveConflict>(
    (conflict) =>
      new Promise<SaveChoice>((resolve) => {
        const id = ++serial.current;
        setQueue((old) => [
          ...old,
          {
            id,
            conflict,
            answer: (choice) => {
              setQueue((list) => list.filter((item) => item.id !== id));
              resolve(choice);
            },
          },
        ]);
      }),
    [],
  );
  const first = queue[0];
  return (
    <SaveConflictContext value={ask}>
      {children}
      {first && (
        <Suspense fallback={null}>
          <SaveConflictDialog key={first.id} conflict={first.conflict} onChoose={first.answer} />
        </Suspense>
      )}
    </SaveConflictContext>
  );
}

/** How a save asks the user about a conflict; null outside a SaveConflictHost. */
export function useAskSaveConflict(): AskSaveConflict | null {
  return useContext(SaveConflictContext);
}
