/** A failed check: thrown inside the verifier, caught by verifyCertificate as an 'invalid' outcome. */
export class Rejection extends Error {
  override readonly name = 'Rejection';
}

export function reject(reason: string): never {
  throw new Rejection(reason);
}
