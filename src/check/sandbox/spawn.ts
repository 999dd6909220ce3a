/**
 * Starting the sandbox worker from dist/ (.js) or from the TypeScript sources (.ts, through tsx),
 * and reading what it writes to stdout and stderr line by line (never into our own streams).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** See src/census/pool.ts: from the TypeScript sources the worker is loaded through tsx. */
export function workerEntry(): { entry: string | URL; eval: boolean } {
  if (!new URL(import.meta.url).pathname.endsWith('.ts')) return { entry: new URL('./worker.js', import.meta.url), eval: false };
  const req = createRequire(import.meta.url);
  const api = pathToFileURL(join(dirname(req.resolve('tsx/package.json')), 'dist/esm/api/index.mjs')).href;
  const worker = new URL('./worker.ts', import.meta.url).href;
  return { entry: `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(worker)}); });`, eval: true };
}

/** Each line of the stream (cut at 500 characters) to onLine; a last line without newline too. */
export function forwardLines(stream: NodeJS.ReadableStream, onLine: (line: string) => void): void {
  let rest = '';
  stream.setEncoding('utf8');
  stream.on('data', (chunk: string) => {
    const lines = (rest + chunk).split('\n');
    rest = lines.pop()!;
    for (const line of lines) onLine(line.length > 500 ? `${line.slice(0, 497)}...` : line);
    if (rest.length > 4096) rest = rest.slice(0, 4096);
  });
  stream.on('end', () => rest && onLine(rest));
}
