/** A failed check: thrown inside the verifier, caught by verifyCertificate as an 'invalid' outcome. */
export class Rejection extends Error {
  override readonly name = 'Rejection';
}

export function reject(reason: string): never {
  throw new Rejection(reason);
}

/** A JSON object with exactly these keys: an unknown field or a missing one is rejected by name. */
export function record(v: unknown, path: string, keys: readonly string[]): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) reject(`${path} must be an object`);
  for (const k of Object.keys(v)) if (!keys.includes(k)) reject(`${path} has an unknown field '${k}'`);
  for (const k of keys) if (!Object.hasOwn(v, k)) reject(`${path}.${k} is missing`);
  return v as Record<string, unknown>;
}
