/** Formatting of check results (text, JSON, summary table, progress), kept apart from the runner. */
export { formatResult } from './text.js';
export { type ResultJson, resultJson } from './json.js';
export { type SummaryRow, summaryTable } from './summary.js';
export { CLEAR_LINE, progressLine } from './progress.js';
export { describeValue, notation } from './notation.js';
export { count, duration, grouped } from './numbers.js';
