/**
 * The certificate verifier: cubecheck's trusted core. It imports only types from src/claim and
 * otherwise nothing of cubecheck (test/verifier/imports.test.ts enforces this).
 */
export { ISOLATED_FOREIGN_CODE, NO_FOREIGN_CODE, verifyCertificate } from './verify.js';
export type { ParsedCertificate, Trust, VerifyOptions, VerifyOutcome } from './verify.js';
export { verifierKernel } from './kernel.js';
export { decodeValue, encodeValue } from './encoding.js';
export type { Decoded } from './encoding.js';
export { enumerate, enumerationWork, MAX_ENUMERATION } from './enumerate.js';
export { MAX_CASES } from './evidence.js';
export { canonicalJson, integrityOf, sha256Hex } from './canonicalJson.js';
