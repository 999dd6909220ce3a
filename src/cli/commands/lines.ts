/**
 * The --stdin protocol shared by analyze and map: one input per non-empty line, one JSON object
 * per line out; a bad line gives {"line": k, "error": "..."} and the run goes on, exiting 2 at the end.
 */
import { EXIT, type CommandIo } from '../io.js';

export type LineOutcome = { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly error: string };

export async function runLines(io: CommandIo, handle: (line: string) => LineOutcome): Promise<number> {
  const text = await io.readStdin();
  let failed = false;
  const lines = text.split(/\r?\n/);
  // Output goes out in chunks of about 64 KB: one write per line cost as much as the analysis.
  let pending = '';
  const flush = (): void => {
    if (pending !== '') io.stdout(pending);
    pending = '';
  };
  for (let k = 0; k < lines.length; k++) {
    if (io.signal.aborted) {
      flush();
      return EXIT.interrupted;
    }
    const line = lines[k]!.trim();
    if (line === '' || line.startsWith('#')) continue;
    const outcome = handle(line);
    if (outcome.ok) pending += `${JSON.stringify(outcome.json)}\n`;
    else {
      failed = true;
      pending += `${JSON.stringify({ line: k + 1, error: outcome.error })}\n`;
    }
    if (pending.length >= 65536) flush();
  }
  flush();
  return failed ? EXIT.badInput : EXIT.ok;
}
