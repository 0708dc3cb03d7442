import { ABBREVIATION_MAX_LENGTH, LANGUAGES, type Abbreviation } from '../entities';
import { hasText } from '../localizedText';

export type AbbreviationProblem = 'required' | 'tooLong' | 'duplicate' | 'expansionRequired';

/** What is wrong with each line of the list of abbreviations (an empty object: nothing). */
export function abbreviationProblems(
  lines: readonly Pick<Abbreviation, 'abbreviation' | 'expansion'>[],
): { abbreviation?: AbbreviationProblem; expansion?: AbbreviationProblem }[] {
  const seen = new Set<string>();
  return lines.map((line) => {
    const short = line.abbreviation.trim();
    const found: { abbreviation?: AbbreviationProblem; expansion?: AbbreviationProblem } = {};
    if (short === '') found.abbreviation = 'required';
    else if (short.length > ABBREVIATION_MAX_LENGTH) found.abbreviation = 'tooLong';
    else if (seen.has(short)) found.abbreviation = 'duplicate';
    seen.add(short);
    if (!LANGUAGES.some((language) => hasText(line.expansion, language)))
      found.expansion = 'expansionRequired';
    return found;
  });
}
