import { useEffect, useRef, useState } from 'react';

/**
 * The first Save of a record that probably exists already is held back and the warning focused;
 * "Save anyway" (a submit button inside the warning) lets the next submit through.
 */
export function useDuplicateHold(duplicateCount: number) {
  const [held, setHeld] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const deliberate = useRef(false);
  const warning = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (focusRequest === 0) return;
    warning.current?.scrollIntoView({ block: 'center' });
    warning.current?.focus();
  }, [focusRequest]);

  return {
    held: held && duplicateCount > 0,
    warning,
    /** True when this submit must stop at the warning. */
    holds(): boolean {
      if (duplicateCount === 0 || deliberate.current) return false;
      setHeld(true);
      setFocusRequest((request) => request + 1);
      return true;
    },
    saveAnyway() {
      deliberate.current = true;
    },
  };
}
