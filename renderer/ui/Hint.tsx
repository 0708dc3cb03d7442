import type { ReactNode } from 'react';
import './hint.css';

/**
 * A hint shown under an icon button on hover and keyboard focus (`align="end"`: ending under it,
 * for a row's last buttons; `align="side"`: to the right of a full-width link, the folded
 * navigation's), for controls on screen from the first frame. Visual only: the control's
 * accessible name must say the same. CSS alone (hint.css), since Mantine's Tooltip costs its
 * positioning hooks on every start.
 */
export function Hint({
  label,
  align,
  children,
}: {
  label: string;
  align?: 'start' | 'end' | 'side';
  children: ReactNode;
}) {
  return (
    <span className="hint" data-hint={label} data-hint-align={align}>
      {children}
    </span>
  );
}
