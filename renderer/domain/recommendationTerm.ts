import type { RecommendationTerm } from './entities';

/** Quarters as official documents number them ("IV квартал 2010 г.", "2010. IV. negyedév"). */
export const ROMAN_QUARTERS = ['I', 'II', 'III', 'IV'] as const;

/**
 * A term written in one language: `translate` is that language's `t` and `prefix` the locale
 * section holding `quarter`, `quarters.q1`…`q4`, `year` and `date` ("term" in documents,
 * "recommendations.termFormat" in the interface). Each language orders the parts its own way:
 * "IV квартал 2010 г.", "Q4 2010", "2010. IV. negyedév".
 */
export function formatTerm(
  term: RecommendationTerm,
  translate: (key: string, values: Record<string, string>) => string,
  prefix: string,
  formatDate: (iso: string) => string,
): string {
  switch (term.kind) {
    case 'date':
      return translate(`${prefix}.date`, { date: formatDate(term.date) });
    case 'quarter':
      // Years are written without grouping ("2010", never "2 010").
      return translate(`${prefix}.quarter`, {
        quarterName: translate(`${prefix}.quarters.q${term.quarter}`, {}),
        year: String(term.year),
      });
    case 'year':
      return translate(`${prefix}.year`, { year: String(term.year) });
  }
}
