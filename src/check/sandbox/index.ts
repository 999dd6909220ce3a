/**
 * Running user code (predicates, census forms): one interface (CaseEvaluator), a sandbox worker
 * for property modules loaded from files, in process for property objects. See README "Writing
 * your own claims" for the guarantees and limits.
 */
import type { Kernel } from '../../claim/kernel.js';
import type { Property } from '../../claim/property.js';
import { InputError } from '../../core/result.js';
import type { CheckScope } from '../types.js';
import { sandboxModuleOf, takeWarm } from './descriptor.js';
import { describeCase } from './evaluate.js';
import { Sandbox, type SandboxOptions, openSandbox } from './host.js';
import { inProcessEvaluator } from './inProcess.js';
import type { CaseEvaluator } from './types.js';

export { keepWarm, markSandboxed, sandboxModuleOf, standInProperty } from './descriptor.js';
export type { PropertyDescriptor } from './descriptor.js';
export { openSandbox } from './host.js';
export { Sandbox };
export type { SandboxOptions } from './host.js';
export { inProcessEvaluator } from './inProcess.js';
export { type CaseEvaluator, type SandboxLimits, type StopCause, BATCH, DEFAULT_MEMORY_MB, DEFAULT_TIMEOUT_MS, EvaluationStopped } from './types.js';

/** The evaluator for a property at a scope: the sandbox when it was loaded from a module, else in process. */
export async function openEvaluator(p: Property, scope: CheckScope, kernel: Kernel, options: SandboxOptions): Promise<CaseEvaluator> {
  const module = sandboxModuleOf(p);
  if (module === undefined) return inProcessEvaluator(p, scope, kernel);
  const kept = takeWarm(p);
  const { sandbox, descriptor } = kept instanceof Sandbox && kept.usable && kept.accepts(options) ? { sandbox: kept, descriptor: await kept.loaded } : await openSandbox(module, options);
  if (descriptor.id !== p.id) {
    await sandbox.close();
    throw new InputError(`the module ${module} now defines ${descriptor.id}, not ${p.id} (it changed since it was loaded)`);
  }
  sandbox.bind(scope.n, scope.variables);
  return sandbox;
}

/**
 * Evaluates one case again, from its encodings, and insists on the same answer: every
 * counterexample and witness is confirmed this way before it is reported. A different answer
 * means the predicate is not deterministic or changes state it keeps between cases: bad input.
 */
export async function confirmCase(evaluator: CaseEvaluator, p: Property, encoded: Readonly<Record<string, string>>, expected: boolean): Promise<void> {
  const names = Object.keys(encoded);
  const again = await evaluator.cases(names.map((k) => encoded[k]!), 1, null);
  if ((again[0] === 1) !== expected) {
    throw new InputError(
      `the predicate of ${p.id} is not deterministic or changes state between cases: on ${describeCase(names, Object.values(encoded))} it returned ${expected}, then ${!expected} when evaluated again`,
    );
  }
}
