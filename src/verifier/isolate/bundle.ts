/**
 * Turning TypeScript into the one-script CommonJS text the isolated child evaluates, with esbuild
 * (a dependency of tsx). The child program (child.ts and the verifier kernel it imports) is
 * bundled once per process. A certificate's embedded source is transpiled alone: it is never
 * resolved against the file system. Its only allowed import is the claim helpers
 * (claimHelpers.ts, the verifier's own file, whatever path the module names it by); type-only
 * imports vanish in transpiling; anything else is refused with a one-line reason.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const here = (name: string): string => {
  const js = fileURLToPath(new URL(`./${name}.js`, import.meta.url));
  return existsSync(js) ? js : fileURLToPath(new URL(`./${name}.ts`, import.meta.url));
};

/**
 * The names a property module may import the claim helpers by: any path to cubecheck's
 * src/claim/index (relative or absolute: it is never resolved, only recognised) or the package.
 */
export const CLAIM_HELPER_SPECIFIERS: readonly RegExp[] = [/(^|\/)src\/claim(\/index(\.[jt]s)?)?$/, /^cubecheck$/];

const firstLine = (e: unknown): string => (e instanceof Error ? e.message : String(e)).split('\n')[0]!;

let childProgram: Promise<string> | null = null;

/** The child program as one CommonJS script (exports createServer); built once, then reused. */
export function childProgramText(): Promise<string> {
  childProgram ??= build({ entryPoints: [here('child')], bundle: true, write: false, format: 'cjs', platform: 'neutral', target: 'node20', logLevel: 'silent' }).then(
    (r) => r.outputFiles[0]!.text,
  );
  return childProgram;
}

function onlyClaimHelpers(helpers: string): Plugin {
  return {
    name: 'only-claim-helpers',
    setup(b) {
      b.onResolve({ filter: /.*/ }, (args) => {
        if (args.kind === 'entry-point' || args.importer === helpers) return undefined;
        if (CLAIM_HELPER_SPECIFIERS.some((re) => re.test(args.path))) return { path: helpers };
        return { errors: [{ text: `it imports '${args.path}'; a property module may import only types and the claim helpers (defineProperty, domains from '../src/claim/index.js' or 'cubecheck')` }] };
      });
    },
  };
}

export type Transpiled = { readonly ok: true; readonly code: string } | { readonly ok: false; readonly reason: string };

/** The embedded source, transpiled alone with the claim helpers bundled in. */
export async function transpileProperty(source: string): Promise<Transpiled> {
  const helpers = here('claimHelpers');
  try {
    const r = await build({
      stdin: { contents: source, loader: 'ts', sourcefile: 'property.ts', resolveDir: '/' },
      bundle: true,
      write: false,
      format: 'cjs',
      platform: 'neutral',
      target: 'node20',
      logLevel: 'silent',
      plugins: [onlyClaimHelpers(helpers)],
    });
    return { ok: true, code: r.outputFiles[0]!.text };
  } catch (e) {
    const errors = (e as { errors?: { text: string }[] }).errors;
    return { ok: false, reason: errors && errors.length > 0 ? errors[0]!.text.split('\n')[0]! : firstLine(e) };
  }
}
