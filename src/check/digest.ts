/**
 * The digest of docs/certificates.md: SHA-256 of one line per case in canonical order, each line
 * the encodings in declaration order separated by spaces, a tab, 1 or 0 (predicate true or false)
 * and a newline. Lines are batched before hashing.
 */
import { createHash, type Hash } from 'node:crypto';

const BATCH = 1 << 16;

export class CaseDigest {
  private readonly hash: Hash = createHash('sha256');
  private pending = '';

  add(encodings: readonly string[], holds: boolean): void {
    this.pending += `${encodings.join(' ')}\t${holds ? '1' : '0'}\n`;
    if (this.pending.length >= BATCH) this.flush();
  }

  /** The lowercase hex digest; the object must not be used afterwards. */
  finish(): string {
    this.flush();
    return this.hash.digest('hex');
  }

  private flush(): void {
    if (this.pending) this.hash.update(this.pending, 'utf8');
    this.pending = '';
  }
}

