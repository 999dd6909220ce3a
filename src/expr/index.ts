/** The expression language of cubecheck (see the README for the syntax). */
export type { Expr, BinaryOp, CallName } from './ast.js';
export { variablesUsed, maxVariable, FUNCTION_NAMES, MAX_EXPONENT } from './ast.js';
export type { ExprError, ExprErrorKind } from './errors.js';
export { evaluate } from './evaluate.js';
export { parseExpression, parseFunction, type ParseOptions } from './parseFunction.js';
export { parseMap } from './map.js';
export { printExpression } from './printer.js';
export { formatFunction, formatMap } from './format.js';
export { type Segment, splitTopLevel } from './segments.js';
