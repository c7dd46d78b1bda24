/** The message of a thrown value, for a log line or a user-facing notice (a non-Error is stringified). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
