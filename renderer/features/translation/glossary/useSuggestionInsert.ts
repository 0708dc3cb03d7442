import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { insertAt, type Suggestion } from '../../../domain/glossary/translationAids';

/**
 * Inserting a suggestion into a translation box: at the caret (over the selection), by a click or
 * by Alt+1 … Alt+9 typed in the box, the caret left after the inserted words and the insertion
 * said to a screen reader. The digit is taken by its key position (KeyboardEvent.code), so it
 * works whatever keyboard layout is on.
 */
export function useSuggestionInsert(
  value: string,
  onChange: (value: string) => void,
  suggestions: readonly Suggestion[],
) {
  const { t } = useTranslation();
  const box = useRef<HTMLTextAreaElement>(null);
  const caret = useRef<number | null>(null);
  const [announcement, setAnnouncement] = useState('');

  // The box is controlled: the caret is put back once the inserted text is in it.
  useLayoutEffect(() => {
    const element = box.current;
    if (caret.current === null || !element) return;
    element.focus();
    element.setSelectionRange(caret.current, caret.current);
    caret.current = null;
  }, [value]);

  const insert = (suggestion: Suggestion) => {
    const element = box.current;
    const start = element?.selectionStart ?? value.length;
    const end = element?.selectionEnd ?? start;
    const next = insertAt(value, suggestion.insert, start, end);
    caret.current = next.caret;
    onChange(next.text);
    setAnnouncement(t('glossary.suggestions.inserted', { text: suggestion.insert }));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const digit = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
    const suggestion = digit ? suggestions[Number(digit[1]) - 1] : undefined;
    if (!suggestion) return;
    event.preventDefault();
    insert(suggestion);
  };

  return { box, insert, onKeyDown, announcement };
}
