/**
 * Importing a property module (TypeScript or JavaScript) with tsx's tsImport, and turning a load
 * failure into one line: a syntax error names the file, line and column and esbuild's message.
 */
import { pathToFileURL } from 'node:url';
import { tsImport } from 'tsx/esm/api';
import { isProperty } from '../../claim/property.js';
import { firstLine } from './evaluate.js';

/**
 * The module's default export. A .ts file outside an ESM package is compiled as CommonJS, and its
 * `export default` then arrives as the `default` field of the CommonJS exports object: unwrap it.
 */
export async function importDefault(path: string): Promise<unknown> {
  const module = (await tsImport(pathToFileURL(path).href, import.meta.url)) as { default?: unknown };
  const exported = module.default;
  if (!isProperty(exported) && typeof exported === 'object' && exported !== null && 'default' in exported) return exported.default;
  return exported;
}

/** esbuild's "Transform failed with 1 error:\n/path/file.ts:3:9: ERROR: Unexpected ..." as one line. */
export function describeLoadError(e: unknown, shownName: string, path: string): string {
  const message = e instanceof Error ? e.message : String(e);
  for (const line of message.split('\n')) {
    const m = /^(.*?):(\d+):(\d+): ERROR: (.*)$/.exec(line.trim());
    if (m) {
      const file = m[1] === path ? shownName : m[1];
      return `syntax error at ${file}:${m[2]}:${m[3]}: ${m[4]}`;
    }
  }
  return firstLine(e);
}
