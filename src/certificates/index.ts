/** Certificates (docs/certificates.md): building, canonical JSON, atomic writing. */
export type { Certificate, Encodings, Evidence, Tally } from './types.js';
export { canonicalJson, sha256Hex } from './canonicalJson.js';
export { type CertificateContext, buildCertificate, relativeSource } from './build.js';
export { certificateText, writeCertificate } from './write.js';
