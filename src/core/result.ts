/** Results as discriminated unions: computing code returns these, presentation code formats them. */
export type Result<T, E> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: E };

export function ok<T>(value: T): { readonly ok: true; readonly value: T } {
  return { ok: true, value };
}

export function err<E>(error: E): { readonly ok: false; readonly error: E } {
  return { ok: false, error };
}

/**
 * An error in what the user gave us (a malformed expression, an n too large, a missing file).
 * The CLI prints its message on one line and exits 2; it never becomes a stack trace.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
}
