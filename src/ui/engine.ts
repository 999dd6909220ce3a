/**
 * Everything the UI asks of cubecheck's engine, behind one interface so the controller can be
 * tested with the real engine or a stand-in. The real one loads each part on first use: a part
 * that fails to load shows as an error on its screen, never as made-up data.
 */
import type { LoadedProperty } from '../check/catalogue.js';
import type { CheckResult, RunHooks, RunOptions } from '../check/types.js';
import type { Property } from '../claim/property.js';
import type { CensusOptions, CensusOutcome } from '../census/census.js';
import type { CurveOptions, CurveResult } from '../recovery/curve.js';
import type { RecoveryOptions, RecoveryProblem, RecoveryResult } from '../recovery/types.js';
import type { SaveOutcome } from '../certificates/write.js';
import type { VerifyOutcome } from '../verifier/verify.js';
import { readCertificateSummary } from './certificateSummary.js';
import type { CertificateInfo } from './state/types.js';

export interface Engine {
  loadCatalogue(): Promise<readonly LoadedProperty[]>;
  runProperty(property: Property, options: RunOptions, hooks: RunHooks): Promise<CheckResult>;
  /** The certificate at `path` as the catalogue shows it (verdict and scope, unverified). */
  readCertificate(path: string): Promise<CertificateInfo>;
  /**
   * Saves the certificate of `result` under the overwrite policy (src/certificates/overwrite.ts):
   * an existing different certificate is kept unless `force`. What happened, or null (inconclusive).
   */
  saveCertificate(path: string, result: CheckResult, loaded: LoadedProperty, force: boolean): Promise<SaveOutcome | null>;
  verifyCertificate(path: string): Promise<VerifyOutcome>;
  recover(problem: RecoveryProblem, options: RecoveryOptions): Promise<RecoveryResult>;
  /** A user's property file, through the loader `check FILE` uses (src/check/catalogue.ts). */
  loadPropertyFile(file: string, cwd: string): Promise<LoadedProperty>;
  /**
   * A typed formula as `check '<formula>'` reads it (src/lang/load.ts); `n` is the default scope
   * of a formula over the parameter n. A bad formula rejects with the one-line error.
   */
  formulaProperty(text: string, n: number): Promise<LoadedProperty>;
  census(options: CensusOptions): Promise<CensusOutcome>;
  curve(options: CurveOptions): Promise<CurveResult>;
}

export function realEngine(tool: string): Engine {
  return {
    loadCatalogue: async () => (await import('../lang/catalogue.js')).loadCatalogue(),
    runProperty: async (p, o, h) => (await import('../check/runner.js')).runProperty(p, o, h),
    readCertificate: readCertificateSummary,
    // a formula claim gets a formula certificate (saveCheckCertificate knows it by formulaOf)
    saveCertificate: async (path, result, loaded, force) =>
      (await import('../certificates/write.js')).saveCheckCertificate(path, result, loaded.property, loaded.sourcePath, tool, { force }),
    verifyCertificate: async (path) => (await import('../verifier/verify.js')).verifyCertificate(path),
    recover: async (problem, options) => (await import('../recovery/engine.js')).recover(problem, options),
    loadPropertyFile: async (file, cwd) => (await import('../check/catalogue.js')).loadPropertyFile(file, cwd),
    formulaProperty: async (text, n) => {
      const [{ formulaTarget }, { oneLine }] = await Promise.all([import('../lang/load.js'), import('../lang/catalogue.js')]);
      return { property: formulaTarget(text, n), sourcePath: '', formula: true, formulaText: oneLine(text) };
    },
    census: async (options) => (await import('../census/census.js')).runCensus(options),
    curve: async (options) => (await import('../recovery/curve.js')).identifiabilityCurve(options),
  };
}
