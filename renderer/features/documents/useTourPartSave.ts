import { useLayoutEffect, useRef, useState } from 'react';
import { updateTour } from '../../db/tours';
import type { Tour } from '../../domain/entities';
import { useSaveAction } from '../../ui/useSaveAction';

/**
 * The save of an editor that shows one part of the tour (the requisites, the report's facts, the
 * abbreviations) and writes it over the tour as stored, against the part it was opened on: when
 * another tab or an exchange import changed that part meanwhile, both versions are shown and the
 * user chooses (db/tours `updateTour`, ui/useSaveAction); other parts changing is no conflict.
 * `save` resolves with the part as it now stands (saved, or the stored one the user kept), for
 * the editor to show, or null when nothing was decided (the editor keeps its input).
 */
export function useTourPartSave<V>(tour: Tour, part: (tour: Tour) => V) {
  const saving = useSaveAction();
  const [opened, setOpened] = useState<V>(() => part(tour));
  // The tour as last rendered (a live query): what "keep the saved version" leaves in the editor.
  const latest = useRef(tour);
  useLayoutEffect(() => {
    latest.current = tour;
  });

  /** Also gives the tour as it now stands, for an export that must use what was just saved. */
  const saveTour = async (
    change: (current: Tour) => Tour,
    success: string,
  ): Promise<{ part: V; tour: Tour } | null> => {
    const outcome = await saving.run(
      (options) => updateTour(tour.id, change, { ...options, typedOver: { part, opened } }),
      { success },
    );
    if (!outcome.done) return null;
    const now = outcome.ok ? outcome.value : latest.current;
    const shown = part(now);
    setOpened(shown);
    return { part: shown, tour: now };
  };
  const save = async (change: (current: Tour) => Tour, success: string): Promise<V | null> =>
    (await saveTour(change, success))?.part ?? null;
  return { save, saveTour, pending: saving.pending };
}
