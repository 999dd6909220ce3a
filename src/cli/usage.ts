/** The version and the list of commands (each command's own help lives in src/cli/help). */
import { COMMAND_HELP, overviewText } from './help/index.js';

export const VERSION = 'cubecheck 0.1.0';

export function usage(): string {
  return overviewText(VERSION, COMMAND_HELP);
}
