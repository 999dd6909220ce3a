/** The library side of a `merge` command: read census-partial files and merge them. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { InputError } from '../core/result.js';
import { type CensusPartial, type CensusResult, parsePartial } from './documents.js';
import { mergePartials } from './merge.js';

export async function readPartialFile(path: string, cwd = process.cwd()): Promise<CensusPartial> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, path), 'utf8');
  } catch (e) {
    throw new InputError(`cannot read ${path}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
  }
  return parsePartial(text, path);
}

/** Reads every file (paths relative to cwd) and merges them; messages name the files. */
export async function mergePartialFiles(paths: readonly string[], cwd = process.cwd()): Promise<CensusResult> {
  const partials = await Promise.all(paths.map((p) => readPartialFile(p, cwd)));
  return mergePartials(partials, paths);
}
