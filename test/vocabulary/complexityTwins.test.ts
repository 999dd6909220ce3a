/** The fast complexity measures against the verifier's plain twins on random and special functions. */
import { describe, expect, it } from 'vitest';
import { plainBlockSensitivity } from '../../src/verifier/measures/blockSensitivity.js';
import { plainCertificateComplexity } from '../../src/verifier/measures/certificateComplexity.js';
import { plainDecisionTreeDepth, plainDecisionTreeSize } from '../../src/verifier/measures/decisionTrees.js';
import { plainSensitivity } from '../../src/verifier/measures/sensitivity.js';
import { blockSensitivityJson, computeBlockSensitivity } from '../../src/vocabulary/measures/blockSensitivity.js';
import { certificateComplexityJson, computeCertificateComplexity } from '../../src/vocabulary/measures/certificateComplexity.js';
import { computeDecisionTreeDepth, decisionTreeDepthJson } from '../../src/vocabulary/measures/decisionTreeDepth.js';
import { computeDecisionTreeSize, decisionTreeSizeJson } from '../../src/vocabulary/measures/decisionTreeSize.js';
import { computeSensitivity, sensitivityJson } from '../../src/vocabulary/measures/sensitivity.js';
import { address, majority, randomTable } from './helpers.js';

const cases = [
  ...Array.from({ length: 24 }, (_, k) => randomTable(1 + (k % 6), 101 + k)),
  majority(5),
  address(2),
  randomTable(7, 7),
];

describe('complexity measures agree with the verifier twins', () => {
  it.each(cases.map((f, k) => [k, f] as const))('case %i', (_k, f) => {
    const v = Array.from(f.values);
    expect(sensitivityJson(computeSensitivity(f))).toEqual(plainSensitivity(f.n, v));
    expect(blockSensitivityJson(computeBlockSensitivity(f))).toEqual(plainBlockSensitivity(f.n, v));
    expect(certificateComplexityJson(computeCertificateComplexity(f))).toEqual(plainCertificateComplexity(f.n, v));
    expect(decisionTreeDepthJson(computeDecisionTreeDepth(f))).toEqual(plainDecisionTreeDepth(f.n, v));
    expect(decisionTreeSizeJson(computeDecisionTreeSize(f))).toEqual(plainDecisionTreeSize(f.n, v));
  });
});
