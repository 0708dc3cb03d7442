import { useCallback, useState } from 'react';

const STORAGE_KEY = 'delegation-desk.navigation-folded';

function readFolded(): boolean {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'true';
  } catch {
    // Storage refused (a locked-down browser profile): start unfolded, as on a first start.
    return false;
  }
}

/**
 * Whether the side navigation is folded to its icons: a choice of the person at this computer, so
 * it is remembered in local storage (like the interface language), not in the tour's data.
 */
export function useNavigationFolded(): [boolean, () => void] {
  const [folded, setFolded] = useState(readFolded);
  const toggle = useCallback(() => {
    setFolded((previous) => {
      const next = !previous;
      try {
        localStorage.setItem(STORAGE_KEY, String(next));
      } catch {
        // Not remembered, still applied.
      }
      return next;
    });
  }, []);
  return [folded, toggle];
}
