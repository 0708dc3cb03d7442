import type { TFunction } from 'i18next';
import type { FieldProblem } from '../../domain/itinerary/validation';

/** The message shown next to a field for a problem the domain found, in the interface language. */
export function problemMessage(t: TFunction, problem: FieldProblem | undefined): string | undefined {
  return problem ? t(`itinerary.errors.${problem}`) : undefined;
}

/**
 * A native date or date-time input gives an empty value both when it is empty and when
 * what was typed is not a date; `badInput` tells them apart.
 */
export function nativeInputProblem(input: HTMLInputElement): FieldProblem | null {
  return input.validity.badInput ? 'invalidDate' : null;
}
