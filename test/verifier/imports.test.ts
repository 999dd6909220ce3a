/**
 * The verifier is the trusted core: apart from `import type` from src/claim, src/model and
 * src/vocabulary (the shared value types and measure ids), its files may only import each other,
 * node:* built-ins, tsx, esbuild and big-integer.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const VERIFIER = join(ROOT, 'src/verifier');

interface Import {
  readonly typeOnly: boolean;
  readonly specifier: string;
}

/** Every import/export-from, side-effect import, dynamic import and require in a source text. */
export function importsOf(text: string): Import[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: Import[] = [];
  for (const m of code.matchAll(/\b(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/g)) {
    out.push({ typeOnly: m[2] !== undefined, specifier: m[4]! });
  }
  for (const m of code.matchAll(/\bimport\s*['"]([^'"]+)['"]/g)) out.push({ typeOnly: false, specifier: m[1]! });
  for (const m of code.matchAll(/\b(?:import|require)\s*\(\s*([^)]*)\)/g)) out.push({ typeOnly: false, specifier: m[1]!.trim() });
  return out;
}

/** Why an import in file is not allowed, or null. */
function violation(file: string, imp: Import): string | null {
  const s = imp.specifier;
  if (s.startsWith('.')) {
    const target = resolve(dirname(file), s);
    if (!relative(VERIFIER, target).startsWith('..')) return null;
    const intoClaim = ['src/claim', 'src/model', 'src/vocabulary'].some((d) => !relative(join(ROOT, d), target).startsWith('..'));
    return imp.typeOnly && intoClaim ? null : `${s} reaches outside src/verifier${intoClaim ? ' (only import type is allowed from src/claim)' : ''}`;
  }
  // esbuild (tsx's transpiler) turns a certificate's embedded TypeScript into the isolated child's script.
  if (s.startsWith('node:') || s === 'big-integer' || s === 'tsx' || s.startsWith('tsx/') || s === 'esbuild') return null;
  return `${s} is not node:*, tsx, esbuild or big-integer`;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('src/verifier imports', () => {
  it('the scanner finds every kind of import (so the check below can fail)', () => {
    const sample = [
      "import type { Fn } from '../claim/values.js';",
      "import { popcount } from '../core/cube.js';",
      "export { x } from '../check/index.js';",
      "import {\n  a,\n  type B,\n} from 'ts-pattern';",
      "import '../cli/io.js';",
      "const m = await import('../search/x.js');",
      '// import { commented } from "../core/cube.js";',
    ].join('\n');
    const file = join(VERIFIER, 'sample.ts');
    const found = importsOf(sample).map((i) => [i.specifier, violation(file, i) === null]);
    expect(found).toEqual([
      ['../claim/values.js', true],
      ['../core/cube.js', false],
      ['../check/index.js', false],
      ['ts-pattern', false],
      ['../cli/io.js', false],
      ["'../search/x.js'", false],
    ]);
    expect(violation(file, { typeOnly: false, specifier: '../claim/index.js' })).toMatch(/only import type/);
    expect(violation(file, { typeOnly: false, specifier: '../vocabulary/measures/index.js' })).toMatch(/only import type/);
    expect(violation(file, { typeOnly: true, specifier: '../vocabulary/measures/index.js' })).toBeNull();
  });

  it('reach only the verifier itself, types of src/claim, node:*, tsx and big-integer', () => {
    const files = sourceFiles(VERIFIER);
    expect(files.length).toBeGreaterThan(5);
    const problems = files.flatMap((f) =>
      importsOf(readFileSync(f, 'utf8')).flatMap((i) => {
        const v = violation(f, i);
        return v === null ? [] : [`${relative(ROOT, f)}: ${v}`];
      }),
    );
    expect(problems).toEqual([]);
  });
});
