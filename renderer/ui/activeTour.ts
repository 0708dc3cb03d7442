import { createContext, useContext } from 'react';
import type { Tour } from '../domain/entities';

/**
 * The tour the user works on, provided once by the shell (which reads it from the database and
 * waits for it before showing any screen); null when none is chosen.
 */
export const ActiveTourContext = createContext<Tour | null>(null);

export function useActiveTour(): Tour | null {
  return useContext(ActiveTourContext);
}
