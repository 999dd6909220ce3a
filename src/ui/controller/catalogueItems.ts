/**
 * Updates of one catalogue item's certificate state. Both the catalogue screen and the result
 * screen (which writes and verifies certificates) use them; keeping them here breaks the import
 * cycle catalogue -> run -> result -> catalogue.
 */
import type { CertificateCheck, CertificateInfo } from '../state/types.js';
import { type Ctx, update } from './context.js';

export function setCertificate(ctx: Ctx, id: string, change: (c: CertificateInfo) => CertificateInfo): void {
  update(ctx, (s) => ({
    ...s,
    catalogue: { ...s.catalogue, items: s.catalogue.items.map((it) => (it.id === id ? { ...it, certificate: change(it.certificate) } : it)) },
  }));
}

export function setCheck(ctx: Ctx, id: string, check: CertificateCheck): void {
  setCertificate(ctx, id, (c) => (c.kind === 'present' ? { ...c, check } : c));
}
