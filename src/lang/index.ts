/** The claim language (docs/claims.md): formulas, their types, their evaluation, .claims files. */
export type { Expr, Binding, LetBinding, BinaryOp, BinderKind } from './ast.js';
export { LangError, type LangErrorKind } from './errors.js';
export { parseFormula } from './parser.js';
export { printFormula } from './printer.js';
export { checkFormula, typeOf } from './check.js';
export { evaluate, bind, type Env } from './evaluate.js';
export { formulaProperty, propertyOf, splitPrefix, type FormulaOptions } from './property.js';
export { MEASURE_ALIASES, MAP_MEASURE_ALIASES, OPERATION_ALIASES } from './aliases.js';
export { checkClaim, loadClaims, readClaims, type LoadedClaim } from './api.js';
export { formulaOf } from './formulaOf.js';
