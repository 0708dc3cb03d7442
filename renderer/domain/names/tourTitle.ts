import type { Language, Tour } from '../entities';
import { pickText } from '../localizedText';

/** The tour's title in the interface language, falling back to another translation. */
export function tourTitle(tour: Tour, language: Language): string {
  return pickText(tour.title, language).value;
}
