import { describe, expect, it } from 'vitest';
import { MENU_SCREENS } from '../../../electron/contract';
import { SCREENS } from '../../../renderer/app/screens';
import { screenForDigitCode, screenShortcut } from '../../../renderer/app/shell/shortcuts';

describe('keyboard shortcuts of the screens', () => {
  it('number the screens in navigation order, as the desktop Go menu does', () => {
    expect(SCREENS.map((screen) => screen.id)).toEqual([...MENU_SCREENS]);
    expect(SCREENS.map((screen) => screenShortcut(screen.id)?.aria)).toEqual([
      'Alt+Shift+1',
      'Alt+Shift+2',
      'Alt+Shift+3',
      'Alt+Shift+4',
      'Alt+Shift+5',
      'Alt+Shift+6',
      'Alt+Shift+7',
      'Alt+Shift+8',
      'Alt+Shift+9',
      'Alt+Shift+0',
    ]);
  });

  it('find the screen by the key position, whatever the keyboard layout prints on it', () => {
    expect(screenForDigitCode('Digit4')?.id).toBe('findings');
    expect(screenForDigitCode('Numpad1')?.id).toBe('overview');
    expect(screenForDigitCode('Digit0')?.id).toBe('settings');
    expect(screenForDigitCode('KeyA')).toBeUndefined();
  });
});
