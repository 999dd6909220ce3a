import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, integrityOf, sha256Hex } from '../../src/verifier/index.js';
import { canon } from './helpers/certificates.js';

describe('canonical JSON and digests', () => {
  it('sorts keys by UTF-16 code units, recursively, without whitespace', () => {
    expect(canonicalJson({ b: [1, { d: null, c: 'x' }], a: true, B: -0.5, é: 1, '10': 0, '9': 0 })).toBe(
      '{"10":0,"9":0,"B":-0.5,"a":true,"b":[1,{"c":"x","d":null}],"é":1}',
    );
    expect(canonicalJson('line\n"q"')).toBe('"line\\n\\"q\\""');
    expect(() => canonicalJson({ a: undefined })).toThrow();
  });

  it('agrees with the test-side canonical form on JSON values without integer-like keys', () => {
    const key = fc.string({ minLength: 1 }).filter((k) => !/^\d+$/.test(k) && k !== '__proto__');
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: 'small' }, fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.string(), fc.boolean(), fc.constant(null), fc.array(tie('value')), fc.dictionary(key, tie('value'))),
    })).value;
    fc.assert(fc.property(json, (v) => canonicalJson(v) === canon(v)), { seed: 1234, numRuns: 200 });
  });

  it('hashes with SHA-256 and leaves the integrity field out', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(integrityOf({ b: 1, integrity: 'anything', a: 2 })).toBe(sha256Hex('{"a":2,"b":1}'));
  });
});
