import { describe, expect, it } from 'vitest';
import { analyzeFunction } from '../../src/analysis/functionAnalysis.js';
import { runCli } from '../../src/cli/dispatch.js';
import { parseFunction } from '../../src/expr/index.js';
import { functionJson } from '../../src/report/functionJson.js';
import { fakeIo } from './fakeIo.js';

/** A dense Boolean function on 14 variables (streamed: above NATIVE_MAX_N; several chunks long). */
const HEX = `hex:${Array.from({ length: 4096 }, (_, k) => ((k * 2654435761) >>> 28).toString(16)).join('')}`;

describe('analyze --json streamed to stdout', () => {
  for (const mode of ['one', 'stdin'] as const) {
    it(`writes chunks, waits for stdout to drain, and equals the object's JSON (${mode})`, async () => {
      const rec = fakeIo(`${HEX}\nx1\n`);
      let waits = 0;
      const writes: string[] = [];
      const io = { ...rec.io, stdout: (t: string) => void writes.push(t), stdoutDrained: async () => void waits++ };
      // --measures all: batch mode computes what one function gets (its default is a subset).
      const code = await runCli(mode === 'one' ? ['analyze', HEX, '--json'] : ['analyze', '--stdin', '--measures', 'all'], io);
      expect(code).toBe(0);
      const expected = [HEX, ...(mode === 'stdin' ? ['x1'] : [])].map((t) => {
        const f = parseFunction(t, {});
        if (!f.ok) throw new Error(f.error.message);
        return `${JSON.stringify(functionJson(analyzeFunction(f.value)))}\n`;
      });
      expect(writes.join('')).toBe(expected.join(''));
      expect(writes.length).toBeGreaterThan(2);
      expect(waits).toBeGreaterThan(2);
    });
  }
});
