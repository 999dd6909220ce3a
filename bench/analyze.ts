/**
 * Analysis benchmark: a pseudo-random Boolean function on 20 variables, its spectrum, every
 * measure of src/core/measures, both degrees and the ANF (median ms); and separately the full
 * listing of its ~10^6 non-zero coefficients as exact rationals.
 */
import { anf } from '../src/core/anf.js';
import { type CubeFunction, fromInt32 } from '../src/core/cubeFunction.js';
import { spectrumDegree } from '../src/core/degree.js';
import * as M from '../src/core/measures/index.js';
import { spectrum } from '../src/core/spectrum.js';
import { analyzeFunction } from '../src/analysis/functionAnalysis.js';
import { functionJson } from '../src/report/functionJson.js';
import { functionJsonChunks } from '../src/report/streamJson.js';
import { formatMs, formatTable, median, timeRuns } from './table.js';

const N = 20;
const RUNS = 5;

function randomBoolean(n: number, seed: number): CubeFunction {
  const v = new Int32Array(2 ** n);
  let s = seed;
  for (let i = 0; i < v.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    v[i] = s >>> 31 ? -1 : 1;
  }
  return fromInt32(n, v);
}

/** Everything analyze computes except the coefficient listing; returns a digest to keep it live. */
function analyzeCore(f: CubeFunction): string {
  const s = spectrum(f);
  const a = anf(f);
  const monomials = M.anfMonomials(a);
  return [
    spectrumDegree(s),
    monomials.length,
    M.degreeProfile(s).length,
    M.totalInfluence(s).toString(),
    M.influences(s).length,
    M.relevantVariables(s).length,
    M.balanced(s),
    M.bent(s),
    M.fourierSparsity(s),
    M.formatPolynomial(M.noiseStability(s)).length,
  ].join(' ');
}

export async function run(): Promise<void> {
  const f = randomBoolean(N, 2025);
  const s = spectrum(f);
  let digest = '';
  const core = median(timeRuns(() => {}, () => (digest = analyzeCore(f)), RUNS, 1));
  let listed = 0;
  const listing = median(timeRuns(() => {}, () => (listed = M.nonZeroCoefficients(s).length), RUNS, 1));
  console.log(`analyze: pseudo-random Boolean function on ${N} variables (${digest.split(' ')[8]} non-zero coefficients)`);
  console.log(
    formatTable(
      ['analysis', 'median ms', 'runs'],
      [
        [`spectrum + all measures + ANF, n = ${N}`, formatMs(core), String(RUNS)],
        [`nonZeroCoefficients listing (${listed} rationals)`, formatMs(listing), String(RUNS)],
      ],
    ),
  );
  // analyze --json at n = 20: the old object + JSON.stringify against the streamed text, best of
  // 3 interleaved (the streamed text is byte-identical; at n = 24 only the streamed one fits).
  const a = analyzeFunction(f);
  const old: number[] = [];
  const streamed: number[] = [];
  let chars = 0;
  for (let r = 0; r < 3; r++) {
    let t = performance.now();
    chars = JSON.stringify(functionJson(a)).length;
    old.push(performance.now() - t);
    t = performance.now();
    let c = 0;
    for (const piece of functionJsonChunks(a)) c += piece.length;
    streamed.push(performance.now() - t);
    if (c !== chars) throw new Error(`streamed ${c} chars, JSON.stringify ${chars}`);
  }
  const best = (xs: number[]) => Math.min(...xs);
  console.log(
    formatTable(
      ['analyze --json, n = 20', 'best ms', 'ratio'],
      [
        [`object + JSON.stringify (${chars} chars)`, formatMs(best(old)), '1'],
        ['streamed chunks (src/report/streamJson.ts)', formatMs(best(streamed)), (best(streamed) / best(old)).toFixed(2)],
      ],
    ),
  );
}
