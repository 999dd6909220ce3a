/** Certificates (docs/certificates.md): building, canonical JSON, atomic writing. */
export type { Certificate, Encodings, Evidence, Tally } from './types.js';
export { canonicalJson, sha256Hex } from './canonicalJson.js';
export { type CertificateContext, buildCertificate, relativeSource } from './build.js';
export { type SaveOptions, type SaveOutcome, certificateText, holdsNewCertificate, saveCertificate, saveCheckCertificate, saveNotice, writeCertificate } from './write.js';
export { type OverwriteDecision, certificateDifferences, decideOverwrite } from './overwrite.js';
export type { SliceTally } from './types.js';
export { type ShardInput, mergeShardCertificates } from './mergeShards.js';
export { isCertificateFile, mergeCertificateFiles } from './mergeFiles.js';
export { FORMULA_CERTIFICATE_FORMAT, type FormulaCertificate, buildFormulaCertificate } from './formulaCertificate.js';
