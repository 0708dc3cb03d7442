import { useEffect, useState } from 'react';
import { cldrNames, loadCldrNames, type CldrNames } from './cldr';
import { LANGUAGES, type Language } from './languages';

type Loaded = Partial<Record<Language, CldrNames>>;

function loadedNow(): Loaded {
  return Object.fromEntries(
    LANGUAGES.flatMap((language) => {
      const names = cldrNames(language);
      return names ? [[language, names]] : [];
    }),
  );
}

/**
 * CLDR names in all four languages, for pickers searched in any of them: what is loaded at once,
 * the rest as soon as it arrives.
 */
export function useAllCldrNames(): Loaded {
  const [names, setNames] = useState(loadedNow);
  useEffect(() => {
    let live = true;
    void Promise.all(LANGUAGES.map(loadCldrNames)).then(() => {
      if (live) setNames(loadedNow());
    });
    return () => {
      live = false;
    };
  }, []);
  return names;
}
