/**
 * The child's bootstrap, passed to `node -e` (so the child reads no file: the permission model
 * grants it no file-system access at all). It captures what it needs (stdin, the reply pipe on
 * fd 3, vm), reads the child program (child.ts, bundled) as its first line, then removes
 * `process`, `fetch`, `require`-like routes from the global scope and makes the remaining global
 * bindings read-only before any certificate code runs.
 * Foreign code is compiled with vm.runInThisContext and no dynamic-import callback, so `import()`
 * fails inside it. Replies go only to fd 3; the child's stdout is discarded by the parent.
 */
export const BOOT = String.raw`
import { writeSync } from 'node:fs';
import vm from 'node:vm';
const stdin = process.stdin;
const { stringify, parse } = JSON;
const exit = process.exit.bind(process);
const wrap = (code, filename) => vm.runInThisContext('(function (module, exports) {' + code + '\n})', { filename });
const load = (code, filename) => { const module = { exports: {} }; wrap(code, filename)(module, module.exports); return module.exports; };
const reply = (r) => writeSync(3, stringify(r) + '\n');
let serve = null;
let chunks = [];
function line(text) {
  if (serve === null) {
    const program = load(parse(text), 'cubecheck-verifier-child.js');
    serve = program.createServer((code) => load(code, 'property.ts'));
    for (const name of ['process', 'fetch', 'Buffer', 'WebSocket', 'EventSource', 'require', 'module']) delete globalThis[name];
    // --frozen-intrinsics freezes the built-ins but leaves the global bindings writable: fix them too,
    // so 'globalThis.Uint32Array = Fake' cannot change what the decoder and the kernel construct.
    for (const name of Object.getOwnPropertyNames(globalThis)) {
      const d = Object.getOwnPropertyDescriptor(globalThis, name);
      if (d !== undefined && 'value' in d && d.configurable) Object.defineProperty(globalThis, name, { writable: false, configurable: false });
    }
    reply({ ok: true });
    return;
  }
  let r;
  try { r = serve(parse(text)); } catch (e) { r = { ok: false, problem: 'failed: ' + String(e && e.message).split('\n')[0].slice(0, 200) }; }
  reply(r);
}
stdin.setEncoding('utf8');
stdin.on('data', (d) => {
  let at = d.indexOf('\n');
  if (at < 0) { chunks.push(d); return; }
  while (at >= 0) { chunks.push(d.slice(0, at)); const text = chunks.join(''); chunks = []; line(text); d = d.slice(at + 1); at = d.indexOf('\n'); }
  if (d.length > 0) chunks.push(d);
});
stdin.on('end', () => exit(0));
`;
