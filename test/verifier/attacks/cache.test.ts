/**
 * Attack: an edited tsx cache (the old verifier imported the module with tsx, whose on-disk
 * transpile cache an attacker can fill with a C1 whose predicate is `() => true`). Now the verifier
 * does not use tsx at all: the embedded text is transpiled in memory by esbuild and handed to a
 * child that may read no file. These tests fail on the old loadProperty (it imported tsx/esm/api).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { childFlags } from '../../../src/verifier/isolate/session.js';
import { ROOT } from './forge.js';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('attack: an edited transpile cache', () => {
  it('no verifier file imports tsx (nor loads modules from disk with import())', () => {
    const offenders = files(join(ROOT, 'src', 'verifier')).filter((f) => /from 'tsx|import\('tsx|tsImport|pathToFileURL\([^)]*\)\.href/.test(readFileSync(f, 'utf8')));
    expect(offenders.map((f) => relative(ROOT, f))).toEqual([]);
  });

  it('the child may read no file at all (permission model without --allow-fs-read)', () => {
    const flags = childFlags(64);
    expect(flags).toContain('--experimental-permission');
    expect(flags).toContain('--frozen-intrinsics');
    expect(flags.some((f) => f.startsWith('--allow-'))).toBe(false);
    expect(flags).toContain('-e');
  });
});
