/** Progress reporting for every long run (check, census, recover, curve, verify). */
export type { ProgressData, ProgressMode, ProgressSample } from './types.js';
export { type ProgressReporter, type ReporterOptions, NO_PROGRESS, createReporter } from './reporter.js';
export { progressFor, progressIntervalMs, progressMode } from './mode.js';
export { progressJson, progressText } from './format.js';
