import type { ReactNode } from 'react';
import './hint.css';

/**
 * A hint shown under an icon button on hover and keyboard focus, for buttons on screen from the
 * first frame (the header's). Visual only: the button's accessible name must say the same. CSS
 * alone (hint.css), since Mantine's Tooltip costs its positioning hooks on every start.
 */
export function Hint({ label, align, children }: { label: string; align?: 'start'; children: ReactNode }) {
  return (
    <span className="hint" data-hint={label} data-hint-align={align}>
      {children}
    </span>
  );
}
