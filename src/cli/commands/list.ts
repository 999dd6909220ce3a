/**
 * `cubecheck list [--json]`: the catalogue of claims, each with its id, status, statement,
 * formula (or module), domains and default scope. `cubecheck list --measures [--json]`: the vocabulary of measures and
 * operations (src/vocabulary).
 */
import { relative } from 'node:path';
import { describeDomain } from '../../claim/domains.js';
import { packageRoot } from '../../check/catalogue.js';
import { loadCatalogue } from '../../lang/catalogue.js';
import { InputError } from '../../core/result.js';
import { vocabularyJson, vocabularyText } from '../../report/measureList.js';
import { boolFlag, parseArgs } from '../args.js';
import { LIST_HELP } from '../help/list.js';
import { type CommandIo, EXIT } from '../io.js';

export async function listCommand(argv: readonly string[], io: CommandIo): Promise<number> {
  const args = parseArgs(argv, LIST_HELP.flags);
  if (args.positionals.length > 0) throw new InputError(`list takes no arguments, got '${args.positionals[0]}'`);
  if (boolFlag(args, 'measures')) {
    io.stdout(boolFlag(args, 'json') ? `${JSON.stringify(vocabularyJson(), null, 2)}\n` : vocabularyText());
    return EXIT.ok;
  }
  const root = packageRoot();
  const catalogue = (await loadCatalogue()).map(({ property: p, sourcePath, formulaText }) => ({
    id: p.id,
    status: p.status,
    quantifier: p.quantifier,
    statement: p.statement,
    variables: Object.entries(p.variables).map(([name, domain]) => ({ name, domain })),
    defaultScope: p.defaultScope,
    range: { minN: p.minN ?? 0, maxN: p.maxN ?? 24 },
    tags: p.tags ?? [],
    source: relative(root, sourcePath).split('\\').join('/'),
    // a formula claim's formula; null for a TypeScript module
    formula: formulaText ?? null,
  }));
  if (boolFlag(args, 'json')) {
    io.stdout(`${JSON.stringify(catalogue, null, 2)}\n`);
    return EXIT.ok;
  }
  const blocks = catalogue.map((c) => {
    const vars = c.variables.map((v) => `${v.name} in ${describeDomain(v.domain)}`).join(', ');
    const q = c.quantifier === 'exists' ? 'exists' : 'for all';
    const over = c.variables.length === 0 ? 'closed claim (no variables, one case)' : `${q} ${vars}`;
    const how = c.formula === null ? `  module ${c.source}` : `  formula: ${c.formula}`;
    return `${c.id}  [${c.status}]\n  ${c.statement}\n${how}\n  ${over}; default n = ${c.defaultScope.n} (n in ${c.range.minN}..${c.range.maxN})`;
  });
  io.stdout(`${blocks.join('\n\n')}\n\n${catalogue.length} claims. Check one with 'cubecheck check <id>', all with 'cubecheck check --all'.\n`);
  return EXIT.ok;
}
