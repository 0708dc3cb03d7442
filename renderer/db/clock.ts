/** The current time as an ISO timestamp; one place, so tests can reason about stamps. */
export function nowIso(): string {
  return new Date().toISOString();
}
