import type { Finding, LocalizedText, Material, Recommendation, KeyPoint } from '../entities';
import { isEmptyEverywhere } from './translatableFields';

/**
 * Problems a form shows next to its fields, as codes the interface translates
 * (`findings.errors.<code>` etc.). An empty object means the draft may be saved.
 */
export type FieldProblems<F extends string> = Partial<Record<F, 'required' | 'keyPointRequired'>>;

const blank = (text: LocalizedText) => isEmptyEverywhere(text);

export function findingProblems(
  draft: Pick<Finding, 'title' | 'themeId'>,
): FieldProblems<'title' | 'themeId'> {
  const problems: FieldProblems<'title' | 'themeId'> = {};
  if (blank(draft.title)) problems.title = 'required';
  if (draft.themeId.trim() === '') problems.themeId = 'keyPointRequired';
  return problems;
}

export function recommendationProblems(draft: Pick<Recommendation, 'text'>): FieldProblems<'text'> {
  return blank(draft.text) ? { text: 'required' } : {};
}

export function materialProblems(draft: Pick<Material, 'title'>): FieldProblems<'title'> {
  return blank(draft.title) ? { title: 'required' } : {};
}

export function keyPointProblems(draft: Pick<KeyPoint, 'title'>): FieldProblems<'title'> {
  return blank(draft.title) ? { title: 'required' } : {};
}

export function hasProblems(problems: Partial<Record<string, unknown>>): boolean {
  return Object.values(problems).some((value) => value !== undefined);
}
