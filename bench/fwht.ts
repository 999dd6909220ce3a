/**
 * FWHT benchmark: cubecheck's fwhtInt32InPlace (WebAssembly SIMD kernel), its pure-JS fallback,
 * and the plain C loop (gcc -O3) on 2^20 and 2^24 points; median ms and the ratio to C.
 */
import { fwhtInt32InPlace, fwhtInt32JsInPlace, wasmInt32Array } from '../src/core/fwht.js';
import { wasmFwhtAvailable } from '../src/core/wasm/fwhtWasm.js';
import { buildC, runC } from './cBaseline.js';
import { formatMs, formatTable, median, timeRuns } from './table.js';

const SIZES = [
  { n: 20, runs: 11 },
  { n: 24, runs: 5 },
];

function signsTable(a: Int32Array, seed: number): void {
  let s = seed >>> 0 || 1;
  for (let i = 0; i < a.length; i++) {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    a[i] = s >>> 31 ? -1 : 1;
  }
}

function timeJs(transform: (a: Int32Array) => void, n: number, runs: number): number {
  const a = new Int32Array(2 ** n);
  let seed = n;
  return median(timeRuns(() => signsTable(a, ++seed), () => transform(a), runs));
}

export async function run(): Promise<void> {
  console.log(`FWHT on Int32Array (${wasmFwhtAvailable() ? 'WebAssembly SIMD kernel' : 'no WebAssembly SIMD here: JS path'})`);
  const c = buildC();
  if (!c.ok) console.log(c.reason);
  const rows: string[][] = [];
  for (const { n, runs } of SIZES) {
    const fast = timeJs(fwhtInt32InPlace, n, runs);
    const plain = timeJs(fwhtInt32JsInPlace, n, Math.min(runs, 5));
    const cResult = c.ok ? runC(c.binary, n, runs) : null;
    const cMs = cResult && 'ms' in cResult ? cResult.ms : null;
    if (cResult && 'error' in cResult) console.log(cResult.error);
    const ratio = (ms: number): string => (cMs === null ? '-' : `${(ms / cMs).toFixed(2)}x`);
    rows.push([`fwhtInt32InPlace 2^${n}`, formatMs(fast), String(runs), ratio(fast)]);
    rows.push([`pure JS fallback 2^${n}`, formatMs(plain), String(Math.min(runs, 5)), ratio(plain)]);
    rows.push([`C gcc -O3 plain loop 2^${n}`, formatMs(cMs), cMs === null ? '-' : String(runs), cMs === null ? '-' : '1.00x']);
  }
  console.log(formatTable(['transform', 'median ms', 'runs', 'vs C'], rows));
  residentRows();
}

/** Copying into the kernel's memory against an array that lives there, interleaved, best of 7. */
function residentRows(): void {
  const rows: string[][] = [];
  for (const n of [20, 24]) {
    const plain = new Int32Array(2 ** n);
    const copy: number[] = [];
    const resident: number[] = [];
    for (let r = 0; r < 7; r++) {
      signsTable(plain, r + 1);
      let t0 = performance.now();
      fwhtInt32InPlace(plain);
      copy.push(performance.now() - t0);
      const a = wasmInt32Array(2 ** n);
      if (a === null) return;
      signsTable(a, r + 1);
      t0 = performance.now();
      fwhtInt32InPlace(a);
      resident.push(performance.now() - t0);
    }
    const [c, w] = [Math.min(...copy), Math.min(...resident)];
    rows.push([`2^${n} ordinary array (copied in and out)`, formatMs(c), '1.00x']);
    rows.push([`2^${n} array in WebAssembly memory (wasmInt32Array)`, formatMs(w), `${(w / c).toFixed(2)}x`]);
  }
  console.log('FWHT without the copies (best of 7, interleaved)');
  console.log(formatTable(['transform', 'best ms', 'vs copied'], rows));
}
