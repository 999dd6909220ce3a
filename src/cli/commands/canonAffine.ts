/** `canon` and `equivalent` with --group affine | ea | agl (src/equivalence/affineCanonical.ts). */
import { InputError } from '../../core/result.js';
import { affineCanonicalForm, equivalenceOf } from '../../equivalence/affineCanonical.js';
import { type AffineGroup, AFFINE_GROUPS, MAX_AFFINE_N, affineGroupOrder, tableOf, valuesOf } from '../../equivalence/affineElement.js';
import { affineElementJson, affineElementText } from '../../report/affineCanonText.js';
import { tableText } from '../../report/canonText.js';
import { EXIT, type CommandIo } from '../io.js';

export const isAffineGroup = (g: string): g is AffineGroup => (AFFINE_GROUPS as readonly string[]).includes(g);

function tableFor(values: Int32Array, n: number, what: string): number {
  if (n > MAX_AFFINE_N) throw new InputError(`${what} has n = ${n}: affine canonical forms are computed for n <= ${MAX_AFFINE_N}`);
  return tableOf(values);
}

export function affineCanon(f: { n: number; values: Int32Array }, group: AffineGroup, json: boolean, io: CommandIo): number {
  const c = affineCanonicalForm(tableFor(f.values, f.n, 'the function'), f.n, group);
  const rep = tableText(f.n, valuesOf(c.representative, f.n));
  const order = affineGroupOrder(f.n, group);
  if (json) {
    io.stdout(`${JSON.stringify({ n: f.n, group, groupOrder: order.toString(), function: tableText(f.n, f.values), representative: rep, witness: affineElementJson(c.witness), stabilizer: c.stabilizer, classSize: c.classSize.toString() })}\n`);
  } else {
    io.stdout(`f = ${tableText(f.n, f.values)} (n = ${f.n})\ngroup: ${group} (${order} elements)\nrepresentative: ${rep}\nwitness e: ${affineElementText(c.witness)} = representative(x)\nclass size: ${c.classSize} (stabilizer of f: ${c.stabilizer} elements)\n`);
  }
  return EXIT.ok;
}

export function affineEquivalent(n: number, f: Int32Array, g: Int32Array, group: AffineGroup, json: boolean, io: CommandIo): number {
  const tf = tableFor(f, n, 'f');
  const tg = tableFor(g, n, 'g');
  const formF = affineCanonicalForm(tf, n, group);
  const formG = affineCanonicalForm(tg, n, group);
  const e = equivalenceOf(formF, formG);
  const cf = tableText(n, valuesOf(formF.representative, n));
  const cg = tableText(n, valuesOf(formG.representative, n));
  if (json) {
    io.stdout(`${JSON.stringify({ n, group, equivalent: e !== null, witness: e ? affineElementJson(e) : null, canonicalF: cf, canonicalG: cg })}\n`);
  } else if (e) {
    io.stdout(`equivalent under ${group}: ${affineElementText(e)} = g(x)\n`);
  } else {
    io.stdout(`not equivalent under ${group}: the canonical forms differ (f: ${cf}, g: ${cg})\n`);
  }
  return e ? EXIT.ok : EXIT.refuted;
}

export function unknownGroup(g: string, known: readonly string[]): InputError {
  return new InputError(`unknown group '${g}' (known: ${[...known, ...AFFINE_GROUPS].join(', ')})`);
}
