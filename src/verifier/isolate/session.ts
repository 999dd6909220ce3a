/**
 * One isolated child process per certificate: `node --experimental-permission` (no file-system
 * read or write, no child processes, no worker threads), `--frozen-intrinsics`, a heap limit, and
 * a time limit for the whole certificate: the child's CPU time where /proc tells it (Linux), with a
 * wall-clock backstop for a child that blocks without computing; the wall clock alone elsewhere. The parent writes one JSON request per line on the
 * child's stdin and reads exactly one JSON reply per request from fd 3; a reply that is not the
 * expected shape, a child that exits, crashes or runs out of time, all end in a Rejection.
 */
import { spawn } from 'node:child_process';
import type { Readable, Writable } from 'node:stream';
import { reject } from '../reject.js';
import { childCpuMs } from './cpuClock.js';
import { BOOT } from './boot.js';
import { childProgramText } from './bundle.js';
import type { Reply, Request } from './protocol.js';

export interface IsolateLimits {
  /**
   * Limit for everything the child does for one certificate (default 120 s): its CPU time where
   * /proc/<pid>/stat is readable, so that a loaded machine does not refuse a certificate a quiet
   * one accepts; otherwise wall-clock time.
   */
  readonly timeLimitMs?: number;
  /** Wall-clock backstop when the CPU time is measured (default 5 x timeLimitMs). */
  readonly wallLimitMs?: number;
  /** V8 heap limit of the child in MiB (default 512). */
  readonly memoryMiB?: number;
  /** Ends the child at once (Ctrl-C): the certificate is then not checked. */
  readonly signal?: AbortSignal;
}

export const DEFAULT_TIME_LIMIT_MS = 120_000;
export const DEFAULT_MEMORY_MIB = 512;
/** Replies longer than this are refused (a bit per case, at most 2^24 cases). */
const MAX_REPLY_CHARS = 2 ** 25;
/** How often the child's CPU time is read. */
const CPU_POLL_MS = 200;

export interface Session {
  ask(request: Request): Promise<Reply>;
  close(): void;
}

/** The flags of the child; exported for the tests that check what the child may do. */
export function childFlags(memoryMiB: number): string[] {
  return ['--experimental-permission', '--frozen-intrinsics', '--disable-warning=ExperimentalWarning', `--max-old-space-size=${memoryMiB}`, '--input-type=module', '-e', BOOT];
}

function isReply(v: unknown): v is Reply {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;
  const r = v as Record<string, unknown>;
  if (r.ok === true) return (r.bits === undefined || typeof r.bits === 'string') && (r.description === undefined || (typeof r.description === 'object' && r.description !== null));
  return r.ok === false && typeof r.problem === 'string' && (r.index === undefined || Number.isSafeInteger(r.index));
}

export async function openSession(limits: IsolateLimits = {}): Promise<Session> {
  const program = await childProgramText();
  const timeLimit = limits.timeLimitMs ?? DEFAULT_TIME_LIMIT_MS;
  const child = spawn(process.execPath, childFlags(limits.memoryMiB ?? DEFAULT_MEMORY_MIB), { stdio: ['pipe', 'ignore', 'pipe', 'pipe'], env: {} });
  const input = child.stdin as Writable;
  const output = child.stdio[3] as Readable;
  let stderr = '';
  child.stderr!.setEncoding('utf8');
  child.stderr!.on('data', (d: string) => (stderr = (stderr + d).slice(-2000)));
  input.on('error', () => undefined);
  let failure: string | null = null;
  let waiting: { resolve: (line: string) => void; fail: (why: string) => void } | null = null;
  const lines: string[] = [];
  let partial: string[] = [];
  let size = 0;
  const fail = (why: string): void => {
    if (failure !== null) return;
    failure = why;
    child.kill('SIGKILL');
    waiting?.fail(why);
    waiting = null;
  };
  const cpuKnown = child.pid !== undefined && childCpuMs(child.pid) !== null;
  const wallLimit = cpuKnown ? (limits.wallLimitMs ?? 5 * timeLimit) : timeLimit;
  const timer = setTimeout(() => fail(`the isolated predicate ran past the ${cpuKnown ? 'wall-clock ' : ''}time limit of ${wallLimit / 1000} s`), wallLimit);
  const poll = cpuKnown
    ? setInterval(() => {
        const used = childCpuMs(child.pid!);
        if (used !== null && used > timeLimit) fail(`the isolated predicate ran past the time limit of ${timeLimit / 1000} s of CPU`);
      }, CPU_POLL_MS)
    : null;
  const stopClocks = (): void => {
    clearTimeout(timer);
    if (poll !== null) clearInterval(poll);
  };
  const onAbort = (): void => fail('interrupted before the predicate answered');
  if (limits.signal?.aborted) onAbort();
  limits.signal?.addEventListener('abort', onAbort, { once: true });
  output.setEncoding('utf8');
  output.on('data', (d: string) => {
    size += d.length;
    if (size > MAX_REPLY_CHARS) return fail('the isolated process sent more output than any reply needs');
    let at = d.indexOf('\n');
    while (at >= 0) {
      partial.push(d.slice(0, at));
      lines.push(partial.join(''));
      partial = [];
      d = d.slice(at + 1);
      at = d.indexOf('\n');
    }
    if (d.length > 0) partial.push(d);
    if (waiting !== null && lines.length > 0) {
      const w = waiting;
      waiting = null;
      size = 0;
      w.resolve(lines.shift()!);
    }
  });
  child.on('error', (e) => fail(`the isolated process could not start (${e.message})`));
  child.on('exit', (code, signal) => {
    stopClocks();
    limits.signal?.removeEventListener('abort', onAbort);
    const last = stderr.trim().split('\n').filter((l) => /Error|error|heap/.test(l)).pop();
    const how = signal !== null && signal !== 'SIGKILL' ? `was killed by ${signal}` : signal === 'SIGKILL' ? 'was killed' : `exited with code ${code}`;
    // eslint-disable-next-line no-control-regex
    const shown = last === undefined ? '' : last.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim().slice(0, 160);
    fail(`the isolated predicate process ${how} before it answered${shown ? ` (${shown})` : ''}`);
  });
  const nextLine = (): Promise<string> =>
    new Promise((resolve, failWith) => {
      if (lines.length > 0) return resolve(lines.shift()!);
      if (failure !== null) return failWith(failure);
      waiting = { resolve, fail: failWith };
    });
  const ask = async (request: Request | string): Promise<Reply> => {
    if (failure !== null) reject(failure);
    input.write(`${JSON.stringify(request)}\n`);
    let text: string;
    try {
      text = await nextLine();
    } catch (why) {
      return reject(String(why));
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch {
      return reject('the isolated process answered with something that is not JSON');
    }
    if (!isReply(parsed)) reject('the isolated process answered outside the protocol');
    return parsed;
  };
  const started = await ask(program as unknown as Request);
  if (!started.ok) reject(`the isolated process did not start: ${started.problem}`);
  return {
    ask,
    close() {
      stopClocks();
      limits.signal?.removeEventListener('abort', onAbort);
      failure ??= 'closed';
      child.removeAllListeners('exit');
      child.kill('SIGKILL');
    },
  };
}
