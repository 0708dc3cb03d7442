import { textBlocks } from '../../domain/findings/plainText';
import type { Fallback } from '../../domain/documents/fallbacks';

/** Tells whether a line of the document comes from a text taken from another language. */
export type FallbackMarker = (line: string) => boolean;

/**
 * Above this many fallbacks a line is only compared whole with them, not searched for them: a
 * barely translated large tour has thousands, and searching each line for each costs minutes.
 */
const SEARCHED_UP_TO = 1000;
/** Shorter texts ("Pécs", "1") are only marked where they stand alone, not inside other lines. */
const SEARCHED_MIN_LENGTH = 4;

/**
 * A draft marks the texts that fell back: every line the writer prints that is one of those texts
 * (or a paragraph, list item or line of one), or that contains one (a table cell joining a
 * position and a rank, a heading with its number).
 */
export function fallbackMarker(fallbacks: readonly Fallback[]): FallbackMarker {
  const whole = new Set<string>();
  const searched: string[] = [];
  for (const fallback of fallbacks) {
    const text = fallback.text?.trim() ?? '';
    if (text === '') continue;
    whole.add(text);
    for (const block of textBlocks(text)) {
      const pieces = block.type === 'paragraph' ? [block.text] : block.items;
      for (const piece of pieces) for (const line of piece.split('\n')) whole.add(line.trim());
    }
    if (!text.includes('\n') && text.length >= SEARCHED_MIN_LENGTH) searched.push(text);
  }
  const search = fallbacks.length <= SEARCHED_UP_TO;
  return (line) => {
    const trimmed = line.trim();
    if (trimmed === '') return false;
    if (whole.has(trimmed)) return true;
    return search && searched.some((text) => trimmed.includes(text));
  };
}

let current: FallbackMarker | null = null;

/** Whether the writer is building a draft and this line is to be highlighted. */
export function isMarkedFallback(line: string): boolean {
  return current !== null && current(line);
}

/**
 * Builds a document's paragraphs with fallback lines highlighted. The writer's `runs` asks
 * `isMarkedFallback` rather than taking the marker as an argument through its dozens of callers;
 * building is synchronous, so the marker is in force for exactly this build.
 */
export function withFallbackMarks<T>(marker: FallbackMarker | null, build: () => T): T {
  const previous = current;
  current = marker;
  try {
    return build();
  } finally {
    current = previous;
  }
}
