import { useEffect, useEffectEvent } from 'react';
import { useNavigate } from 'react-router';
import { screenForDigitCode } from './shortcuts';

/** A dialog is open: shortcuts that leave the screen wait until it is closed. */
function dialogOpen(): boolean {
  return document.querySelector('[role="dialog"][aria-modal="true"]') !== null;
}

function typingInField(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * Ctrl+Enter (⌘+Enter) submits the form the focus is in, as its save button would: the form's own
 * validation and saving run unchanged. Inside a dialog with one form, that form is meant even when
 * the focus is on one of the dialog's buttons.
 */
export function submitFocusedForm(active: Element | null): boolean {
  let form = active?.closest('form') ?? null;
  if (!form) {
    const forms = active?.closest('[role="dialog"]')?.querySelectorAll('form');
    if (forms?.length === 1) form = forms[0] ?? null;
  }
  if (!form) return false;
  form.requestSubmit();
  return true;
}

/** Ctrl+Enter (⌘+Enter): saves the form the focus is in (see submitFocusedForm). */
function saveOnCtrlEnter(event: KeyboardEvent): void {
  if (event.isComposing || event.altKey || event.shiftKey || event.key !== 'Enter') return;
  if (!event.ctrlKey && !event.metaKey) return;
  if (submitFocusedForm(document.activeElement)) {
    event.preventDefault();
    event.stopPropagation();
  }
}

interface Options {
  /** The screens about a tour and a new finding need an active tour. */
  tourActive: boolean;
  onHelp(): void;
}

/**
 * The app-wide keys (listed in app/shell/shortcuts.ts): screens, a new finding, help, and
 * Ctrl+Enter to save. Ctrl+K (search) belongs to the search field.
 */
export function useAppShortcuts({ tourActive, onHelp }: Options): void {
  const navigate = useNavigate();
  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    const mod = event.ctrlKey || event.metaKey;
    if (event.key === 'F1' || (event.key === '?' && !mod && !typingInField(event.target))) {
      event.preventDefault();
      if (!dialogOpen()) onHelp();
      return;
    }
    if (!event.altKey || !event.shiftKey || mod) return;
    if (event.code === 'KeyN') {
      event.preventDefault();
      if (tourActive && !dialogOpen()) void navigate('/findings?new=1');
      return;
    }
    const screen = screenForDigitCode(event.code);
    if (!screen) return;
    event.preventDefault();
    if ((tourActive || !screen.requiresTour) && !dialogOpen()) void navigate(`/${screen.path}`);
  });
  useEffect(() => {
    const listener = (event: KeyboardEvent) => onKeyDown(event);
    window.addEventListener('keydown', listener);
    // Ctrl+Enter is heard before the field the focus is in: a picker with its list open takes
    // Enter (and stops it) to choose an option, but Ctrl+Enter means "save" wherever it is pressed.
    window.addEventListener('keydown', saveOnCtrlEnter, { capture: true });
    return () => {
      window.removeEventListener('keydown', listener);
      window.removeEventListener('keydown', saveOnCtrlEnter, { capture: true });
    };
  }, []);
}
