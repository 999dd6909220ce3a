/**
 * Every command's help, by name, in the order `cubecheck --help` lists them. Cheap to load: no
 * engine code, only flag specs and text.
 */
import { ANALYZE_HELP } from './analyze.js';
import { CENSUS_HELP } from './census.js';
import { CHECK_HELP } from './check.js';
import { CURVE_HELP } from './curve.js';
import { INTERPOLATE_HELP } from './interpolate.js';
import { LIST_HELP } from './list.js';
import { MAP_HELP } from './map.js';
import { CANON_HELP } from './canon.js';
import { EQUIVALENT_HELP } from './equivalent.js';
import { MERGE_HELP } from './merge.js';
import { RECOVER_HELP } from './recover.js';
import type { CommandHelp } from './types.js';
import { UI_HELP } from './ui.js';
import { VERIFY_HELP } from './verify.js';

export const COMMAND_HELP: readonly CommandHelp[] = [
  ANALYZE_HELP,
  MAP_HELP,
  CANON_HELP,
  EQUIVALENT_HELP,
  LIST_HELP,
  CHECK_HELP,
  VERIFY_HELP,
  RECOVER_HELP,
  INTERPOLATE_HELP,
  CURVE_HELP,
  CENSUS_HELP,
  MERGE_HELP,
  UI_HELP,
];

export function helpFor(name: string): CommandHelp | undefined {
  return COMMAND_HELP.find((h) => h.name === name);
}

export type { CommandHelp, HelpFlag } from './types.js';
export { commandHelpText, overviewText } from './format.js';
