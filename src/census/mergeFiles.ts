/** The library side of a `merge` command: read census-partial files and merge them. */
import { readRegularText } from '../fs/readRegularFile.js';
import { resolve } from 'node:path';
import { type CensusPartial, type CensusResult, parsePartial } from './documents.js';
import { mergePartials } from './merge.js';

export async function readPartialFile(path: string, cwd = process.cwd()): Promise<CensusPartial> {
  const text = await readRegularText(resolve(cwd, path), { what: path });
  return parsePartial(text, path);
}

/** Reads every file (paths relative to cwd) and merges them; messages name the files. */
export async function mergePartialFiles(paths: readonly string[], cwd = process.cwd()): Promise<CensusResult> {
  const partials = await Promise.all(paths.map((p) => readPartialFile(p, cwd)));
  return mergePartials(partials, paths);
}
