/**
 * Layers point down (README, "Architecture"): a file in src/<folder> may import (also `import
 * type`) only its own folder and folders of lower rank. And no two files import each other through
 * a cycle. Both checks are shown to fail on planted violations first.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = join(ROOT, 'src');

/** Low to high; keep in step with the README's Architecture table. */
export const LAYERS = [
  'model',
  'core',
  'fs',
  'maps',
  'equivalence',
  'vocabulary',
  'claim',
  'search',
  'census',
  'recovery',
  'expr',
  'check',
  'lang',
  'analysis',
  'verifier',
  'certificates',
  'report',
  'ui',
  'cli',
  'index.ts',
] as const;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

/** Relative specifiers of every import / export-from / dynamic import in a source text. */
function specifiers(text: string, runtimeOnly = false): string[] {
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  for (const m of code.matchAll(/\b(?:import|export)\s+(type\s+)?[^'";]*?\s*from\s*['"](\.[^'"]+)['"]/g)) if (!(runtimeOnly && m[1])) out.push(m[2]!);
  for (const m of code.matchAll(/\bimport\s*\(\s*['"](\.[^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  for (const m of code.matchAll(/\bimport\s*['"](\.[^'"]+)['"]/g)) out.push(m[1]!);
  return out;
}

const folderOf = (file: string): string => relative(SRC, file).split(/[\\/]/)[0]!;
const rank = (folder: string): number => (LAYERS as readonly string[]).indexOf(folder);
const toSource = (from: string, spec: string): string => {
  const ts = resolve(dirname(from), spec).replace(/\.js$/, '.ts');
  return existsSync(ts) || !existsSync(`${ts}x`) ? ts : `${ts}x`;
};

export function layerViolations(edges: readonly (readonly [string, string])[]): string[] {
  return edges.flatMap(([from, to]) => {
    const [a, b] = [folderOf(from), folderOf(to)];
    if (a === b) return [];
    if (rank(a) < 0 || rank(b) < 0) return [`${relative(ROOT, from)}: folder ${rank(a) < 0 ? a : b} has no layer`];
    return rank(b) < rank(a) ? [] : [`${relative(ROOT, from)} imports ${relative(ROOT, to)} (${a} -> ${b} points up)`];
  });
}

/** Every cycle's files, found by depth-first search (one message per cycle found). */
export function cycles(edges: readonly (readonly [string, string])[]): string[] {
  const next = new Map<string, string[]>();
  for (const [a, b] of edges) next.set(a, [...(next.get(a) ?? []), b]);
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const found: string[] = [];
  const visit = (v: string): void => {
    state.set(v, 'open');
    stack.push(v);
    for (const w of next.get(v) ?? []) {
      if (state.get(w) === 'open') found.push(stack.slice(stack.indexOf(w)).concat(w).map((f) => relative(ROOT, f)).join(' -> '));
      else if (!state.has(w)) visit(w);
    }
    stack.pop();
    state.set(v, 'done');
  };
  for (const v of next.keys()) if (!state.has(v)) visit(v);
  return found;
}

/** file -> imported file; with runtimeOnly, `import type` is left out (it creates no load order). */
function sourceEdges(runtimeOnly = false): [string, string][] {
  return files(SRC).flatMap((f) => specifiers(readFileSync(f, 'utf8'), runtimeOnly).map((s) => [f, toSource(f, s)] as [string, string]));
}

/**
 * Known cycles, each with its reason. The expression parser's grammar is mutually recursive
 * (a call's arguments are sums, a sum contains calls), one concept split over two files.
 */
const ALLOWED_CYCLES = ['src/expr/parser.ts -> src/expr/calls.ts -> src/expr/parser.ts'];

describe('the import graph of src/', () => {
  it('the checks fail on planted violations', () => {
    const a = join(SRC, 'core/a.ts');
    const b = join(SRC, 'check/b.ts');
    expect(layerViolations([[a, b]])).toHaveLength(1);
    expect(layerViolations([[b, a]])).toEqual([]);
    expect(cycles([[a, b], [b, join(SRC, 'check/c.ts')], [join(SRC, 'check/c.ts'), b]])).toHaveLength(1);
    expect(specifiers("import type { X } from '../claim/x.js';\nexport { y } from './y.js';\nawait import('../ui/z.js');")).toEqual(['../claim/x.js', './y.js', '../ui/z.js']);
  });

  it('lower layers never import higher ones', () => {
    const edges = sourceEdges();
    expect(edges.length).toBeGreaterThan(300);
    expect(layerViolations(edges)).toEqual([]);
  });

  it('has no import cycles (the UI controllers included)', () => {
    expect(cycles(sourceEdges(true)).filter((c) => !ALLOWED_CYCLES.includes(c))).toEqual([]);
  });
});
