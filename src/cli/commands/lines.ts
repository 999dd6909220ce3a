/**
 * The --stdin protocol shared by analyze and map: one input per non-empty line, one JSON object
 * per line out; a bad line gives {"line": k, "error": "..."} and the run goes on, exiting 2 at the end.
 * A line longer than MAX_LINE_CHARS is refused unread, and a line that exhausts an engine limit
 * (a RangeError such as V8's string, array or Map size limits) is an error line too, never the
 * end of the run. The expression language bounds tokens and numbers itself (src/expr/numberLimits.ts).
 */
import { EXIT, type CommandIo } from '../io.js';

/** json: an object to stringify; text: its JSON text already (in pieces, for large outputs). */
export type LineOutcome =
  | { readonly ok: true; readonly json: unknown }
  | { readonly ok: true; readonly text: Iterable<string> }
  | { readonly ok: false; readonly error: string };

/** 2^26 characters: room for a vals: literal of 2^24 values, the largest analysis input. */
export const MAX_LINE_CHARS = 2 ** 26;

function attempt(handle: (line: string) => LineOutcome, line: string): LineOutcome {
  if (line.length > MAX_LINE_CHARS) return { ok: false, error: `the line has ${line.length} characters, more than the limit of 2^26` };
  try {
    return handle(line);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    return { ok: false, error: `too large to process: ${e.message.split('\n')[0]}` };
  }
}

export async function runLines(io: CommandIo, handle: (line: string) => LineOutcome): Promise<number> {
  const text = await io.readStdin();
  let failed = false;
  // Output goes out in chunks of about 64 KB: one write per line cost as much as the analysis.
  let pending = '';
  const flush = async (): Promise<void> => {
    if (pending !== '') io.stdout(pending);
    pending = '';
    await io.stdoutDrained?.();
  };
  let start = 0;
  for (let k = 0; start <= text.length; k++) {
    if (io.signal.aborted) {
      await flush();
      return EXIT.interrupted;
    }
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (line === '' || line.startsWith('#')) continue;
    const outcome = attempt(handle, line);
    if (outcome.ok && 'text' in outcome) {
      for (const piece of outcome.text) {
        pending += piece;
        if (pending.length >= 65536) await flush();
      }
      pending += '\n';
    } else if (outcome.ok) pending += `${JSON.stringify(outcome.json)}\n`;
    else {
      failed = true;
      pending += `${JSON.stringify({ line: k + 1, error: outcome.error })}\n`;
    }
    if (pending.length >= 65536) await flush();
  }
  await flush();
  return failed ? EXIT.badInput : EXIT.ok;
}
