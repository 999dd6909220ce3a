/** The curve tool: the form read into curve options, the curve as one bar per k and bias. */
import { MAX_EXHAUSTIVE_D } from '../../../recovery/engine.js';
import type { CurveResult } from '../../../recovery/curve.js';
import { type TaskDistribution, describeDistribution, parseDistribution } from '../../../recovery/distributions.js';
import { type Bias, BIASES, GROUPS, type Group, isBias, isGroup } from '../../../recovery/types.js';
import { type PanelRow, bar, text } from '../panel.js';
import type { ToolOutcome } from './spec.js';

export interface CurveForm {
  readonly d: number;
  readonly distribution: TaskDistribution;
  readonly kMin: number;
  readonly kMax: number;
  readonly samples: number;
  readonly biases: readonly Bias[];
  readonly group: Group;
  readonly seed: number;
}

type Read<T> = { ok: true; value: T } | { ok: false; error: string };

const MAX_SAMPLES = 100_000;

export function readCurveForm(v: ReadonlyMap<string, string>): Read<CurveForm> {
  const dText = v.get('latents d') ?? '';
  const d = Number(dText);
  if (!/^\d+$/.test(dText) || d < 1 || d > MAX_EXHAUSTIVE_D) return { ok: false, error: `latents d must be 1..${MAX_EXHAUSTIVE_D} (every instance is solved exactly)` };
  let distribution: TaskDistribution;
  try {
    distribution = parseDistribution(v.get('tasks from') ?? '', d);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? e.message : String(e) };
  }
  const k = /^(?:(\d+)\.\.)?(\d+)$/.exec(v.get('k') ?? '');
  const kMin = k?.[1] === undefined ? 1 : Number(k[1]);
  const kMax = Number(k?.[2]);
  if (!k || kMin < 1 || kMax < kMin || kMax > 64) return { ok: false, error: 'k must be K or A..B with 1 <= A <= B <= 64' };
  const sText = v.get('samples') ?? '';
  const samples = Number(sText);
  if (!/^\d+$/.test(sText) || samples < 1 || samples > MAX_SAMPLES) return { ok: false, error: `samples must be 1..${MAX_SAMPLES}` };
  const bText = v.get('bias') ?? '';
  const biases = bText === 'all' ? [...BIASES] : bText.split(',').map((b) => b.trim());
  const badBias = biases.find((b) => !isBias(b));
  if (badBias !== undefined) return { ok: false, error: `unknown bias '${badBias}' (known: ${BIASES.join(', ')}, or all)` };
  const group = v.get('group') ?? '';
  if (!isGroup(group)) return { ok: false, error: `unknown group '${group}' (known: ${GROUPS.join(', ')})` };
  const seedText = v.get('seed') ?? '';
  const seed = Number(seedText);
  if (!/^\d+$/.test(seedText) || seed >= 2 ** 32) return { ok: false, error: 'seed must be a whole number below 2^32' };
  return { ok: true, value: { d, distribution, kMin, kMax, samples, biases: biases as Bias[], group, seed } };
}

/** The identifiability curve as a bar chart: one bar per k (and bias), the exact fraction beside it. */
export function curveOutcome(form: CurveForm, r: CurveResult): ToolOutcome {
  const rows: PanelRow[] = [
    text(`${form.d} latents, tasks from ${describeDistribution(form.distribution)}, ${form.samples} sampled task sets per k, seed ${form.seed}`),
    text(`fraction of instances where every minimiser lies in the group (${form.group}):`),
  ];
  for (const [b, bias] of form.biases.entries()) {
    if (form.biases.length > 1) rows.push(text(''), text(bias));
    for (const p of r.points) {
      const c = p.recovered[b]!;
      rows.push(bar(`k = ${String(p.k).padStart(2)}`, c / p.samples, `${c}/${p.samples} = ${p.fractions[b]!.toString()}`));
    }
  }
  if (r.aborted) rows.push(text(''), text('(stopped: the last k may hold fewer samples)', 'warn'));
  const last = r.points[r.points.length - 1];
  const headline = last
    ? `identifiability curve, k = ${r.points[0]!.k}..${last.k}${r.aborted ? ' (STOPPED early)' : ''}`
    : 'STOPPED before the first sample';
  return { kind: 'done', headline, tone: r.aborted ? 'warn' : 'good', rows };
}
