/**
 * The Recovery form read into a RecoveryProblem: latents d, tasks `h1; h2; ...` over x1..xd,
 * psi as a map (empty: the identity), the support as point indices (empty: all of C_d). Every
 * complaint names its field, and the column for parse errors.
 */
import { type CubeFunction } from '../../core/cubeFunction.js';
import { type Result, err, ok } from '../../core/result.js';
import { parseFunction, parseMap } from '../../expr/index.js';
import { identityMap } from '../../maps/boolMap.js';
import type { Bias, Group, RecoveryProblem } from '../../recovery/types.js';
import { shiftColumn, splitTopLevel } from './segments.js';

/** Largest number of latents the form takes (the engine's own limit is checked again by it). */
export const FORM_MAX_D = 6;

export interface RecoveryForm {
  readonly d: string;
  readonly tasks: string;
  readonly psi: string;
  readonly support: string;
  readonly bias: Bias;
  readonly group: Group;
}

function readD(text: string): Result<number, string> {
  if (!/^\d+$/.test(text.trim())) return err(`latents: a whole number 1..${FORM_MAX_D}, got '${text}'`);
  const d = Number(text.trim());
  return d >= 1 && d <= FORM_MAX_D ? ok(d) : err(`latents: must be 1..${FORM_MAX_D}, got ${d}`);
}

function readTasks(text: string, d: number): Result<CubeFunction[], string> {
  const tasks: CubeFunction[] = [];
  for (const seg of splitTopLevel(text)) {
    if (seg.text.trim() === '') return err(`tasks: column ${seg.column}: expected a task (an expression over x1..x${d})`);
    const f = parseFunction(seg.text, { n: d });
    if (!f.ok) return err(`tasks: ${shiftColumn(f.error.message, f.error.column, seg.column).message}`);
    tasks.push(f.value);
  }
  return ok(tasks);
}

function readSupport(text: string, d: number): Result<number[] | null, string> {
  const t = text.trim();
  if (t === '' || t === 'all') return ok(null);
  const parts = t.split(/[\s,]+/).filter((p) => p !== '');
  if (!parts.every((p) => /^\d+$/.test(p))) return err(`support: point indices 0..${2 ** d - 1} separated by commas, or empty for all`);
  return ok(parts.map(Number).sort((a, b) => a - b));
}

export function readRecoveryForm(form: RecoveryForm): Result<RecoveryProblem, string> {
  const d = readD(form.d);
  if (!d.ok) return d;
  const tasks = readTasks(form.tasks, d.value);
  if (!tasks.ok) return tasks;
  let psi = identityMap(d.value);
  if (form.psi.trim() !== '') {
    const t = parseMap(form.psi, { n: d.value });
    if (!t.ok) return err(`psi: ${t.error.message}`);
    psi = t.value;
  }
  const support = readSupport(form.support, d.value);
  if (!support.ok) return support;
  return ok({ d: d.value, psi, tasks: tasks.value, bias: form.bias, group: form.group, support: support.value });
}
