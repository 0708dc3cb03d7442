import type { Language } from '../entities';
import { excerpt, highlight, type TextSegment } from './highlight';
import type { SearchDocument, SearchText } from './searchDocuments';
import { queryTerms } from './tokens';

export interface PresentedHit {
  /** The title in the interface language, with the matched parts marked. */
  title: TextSegment[];
  /** Where the query matched when it was not in the shown title: a body text or another language's title. */
  context: TextSegment[] | null;
}

/** Texts in the interface language first, so the context is one the user reads when there is a choice. */
function preferring(language: Language, texts: readonly SearchText[]): SearchText[] {
  return [...texts].sort((a, b) => Number(b.language === language) - Number(a.language === language));
}

/** How a hit is shown: its title as the user's language writes it, and why it matched. */
export function presentHit(document: SearchDocument, query: string, language: Language): PresentedHit {
  const terms = queryTerms(query);
  const shownTitle = document.label[language];
  const title = highlight(shownTitle, terms);
  if (title.some((segment) => segment.match)) return { title, context: null };
  const candidates = [
    ...preferring(language, document.bodies),
    ...document.titles.filter((entry) => entry.text !== shownTitle),
  ];
  for (const candidate of candidates) {
    const context = excerpt(candidate.text, terms);
    if (context) return { title, context };
  }
  return { title, context: null };
}
