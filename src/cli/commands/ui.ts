/**
 * `cubecheck ui [--no-color]`: the interactive terminal UI (catalogue, runs, results, explorer,
 * recovery). It needs a terminal on both stdin and stdout; NO_COLOR turns colours off.
 */
import { InputError } from '../../core/result.js';
import { boolFlag, parseArgs } from '../args.js';
import { UI_HELP } from '../help/ui.js';
import type { CommandIo } from '../io.js';
import { VERSION } from '../usage.js';

export async function uiCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, UI_HELP.flags);
  if (args.positionals.length > 0) throw new InputError(`ui takes no arguments, got '${args.positionals[0]}'`);
  if (!io.isTTY) throw new InputError('the interactive UI needs a terminal (stdin and stdout); run cubecheck --help for the commands');
  // ink renders only a final static frame when it believes it runs under CI (is-in-ci reads these
  // variables when ink is first loaded); an interactive session in a terminal wants live frames.
  for (const key of Object.keys(process.env)) {
    if (key === 'CI' || key === 'CONTINUOUS_INTEGRATION' || key.startsWith('CI_')) delete process.env[key];
  }
  const { startUi } = await import('../../ui/start.js');
  return startUi({
    stdin: process.stdin,
    stdout: process.stdout,
    env: io.env,
    cwd: io.cwd,
    signal: io.signal,
    tool: VERSION,
    noColor: boolFlag(args, 'no-color'),
  });
}
