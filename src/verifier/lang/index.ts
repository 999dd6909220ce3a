/** The verifier's own claim language: parser, type checker, evaluator and formula certificates. */
export { parse } from './parse.js';
export { checkClaim, typeOf } from './typecheck.js';
export { value, extend, type Frame } from './evaluate.js';
export { FormulaProblem, type Node } from './syntax.js';
export { FORMULA_FORMAT, SELF_EVALUATED, checkFormulaCertificate } from './certificate.js';
