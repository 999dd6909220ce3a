/** The census engine's public surface (see docs in each module). */
export { runCensus, censusSpec, DEFAULT_SLICE, type CensusOptions, type CensusOutcome } from './census.js';
export type { CensusProgress } from './progress.js';
export { MEASURES, type Measure, type MeasureValue, parseMeasures, normalizeMeasures } from './measures.js';
export { type CensusSpec, type CensusCounts, type JointRow, countsEqual, countsTotal } from './counts.js';
export { type CensusPartial, type CensusResult, isComplete, parsePartial, partialToJson, resultToJson } from './documents.js';
export { mergePartials } from './merge.js';
export { mergePartialFiles, readPartialFile } from './mergeFiles.js';
export { formatPartial, formatResult } from './format.js';
export { type Shard, parseShard, formatShard, shardRange, functionCount } from './shard.js';
export { type Interval } from './intervals.js';
export { loadCheckpoint, saveCheckpoint } from './checkpoint.js';
export { type Cell } from './histogram.js';
export { IncrementalState } from './incrementalState.js';
export { walkFunctions, findCounterexample, type Counterexample, type WalkOutcome } from './walk.js';
export { checkCells, type CellCheck } from './predicate.js';
export { MAX_CENSUS_N } from './layout.js';
