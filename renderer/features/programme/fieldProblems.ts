import type { TFunction } from 'i18next';
import type { FieldProblem } from '../../domain/programme/validation';

/** The message shown next to a field for a problem the domain found, in the interface language. */
export function problemMessage(t: TFunction, problem: FieldProblem | undefined): string | undefined {
  return problem ? t(`programme.errors.${problem}`) : undefined;
}
