import { describe, expect, it } from 'vitest';
import { SCREENS } from '../../../renderer/app/screens';
import { isScreenPath, SCREEN_CHUNKS, TOUR_LANDING } from '../../../renderer/app/screenChunks';

// Start-up loads the landing screen's chunk from screenChunks.ts before the shell (screens.tsx) is
// evaluated: the two lists must name the same screens, and `/` must lead where the shell sends it.
describe('the screens start-up can load early', () => {
  it('are exactly the screens of the navigation', () => {
    expect(Object.keys(SCREEN_CHUNKS).sort()).toEqual(SCREENS.map((screen) => screen.path).sort());
    expect(SCREENS.every((screen) => isScreenPath(screen.path))).toBe(true);
    expect(isScreenPath('')).toBe(false);
    expect(isScreenPath('toString')).toBe(false);
  });

  it('land a user with an open tour on the first screen about a tour, as the shell does', () => {
    expect(TOUR_LANDING).toBe(SCREENS.find((screen) => screen.requiresTour)?.path);
  });
});
