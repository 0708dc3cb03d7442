/**
 * Checks of what a person types into the contact form. Deliberately forgiving about formatting
 * (spaces, dashes, brackets in phone numbers) and strict about what cannot work.
 */

// One @, no spaces, a dot in the domain part: enough to catch typos without rejecting real addresses.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const PHONE_CHARACTERS = /^\+?[\d\s().\-/]+$/;

export function isValidEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

export function isValidPhone(value: string): boolean {
  const trimmed = value.trim();
  const digits = trimmed.replace(/\D/g, '').length;
  return PHONE_CHARACTERS.test(trimmed) && digits >= 5 && digits <= 15;
}

/** A comma- or semicolon-separated list as typed, without blanks. */
export function splitList(value: string): string[] {
  return value
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/** The first entry of a list that fails the check, if any. */
export function firstInvalid(values: readonly string[], check: (value: string) => boolean): string | null {
  return values.find((value) => !check(value)) ?? null;
}
