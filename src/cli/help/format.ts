/** Help text: one command's page, and the list of commands. */
import type { CommandHelp, HelpFlag } from './types.js';

function flagLabel(name: string, f: HelpFlag): string {
  if (f.type === 'string') return `--${name} ${f.value ?? 'VALUE'}`;
  const base = f.negatable ? `--[no-]${name}` : `--${name}`;
  return f.values?.length ? `${base}[=${f.values.join('|')}]` : base;
}

/** Wraps `text` to `width` columns, continuation lines indented by `indent`. */
function wrap(text: string, width: number, indent: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width - indent) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

export function commandHelpText(h: CommandHelp): string {
  const out: string[] = [`cubecheck ${h.name}: ${h.summary}`, '', 'Usage:'];
  // a synopsis continued on the next line starts with spaces: indent it under the first
  for (const u of h.usage) out.push(u.startsWith(' ') ? `  ${''.padEnd('cubecheck '.length)}${u}` : `  cubecheck ${u}`);
  if (h.arguments?.length) {
    out.push('', 'Arguments:');
    const width = Math.max(...h.arguments.map((a) => a.name.length)) + 2;
    for (const a of h.arguments) {
      wrap(a.description, 100 - width - 2, 0).forEach((l, i) => out.push(`  ${(i === 0 ? a.name : '').padEnd(width)}${l}`));
    }
  }
  const flags = Object.entries(h.flags);
  out.push('', 'Options:');
  const labels = flags.map(([name, f]) => flagLabel(name, f));
  const width = Math.min(28, Math.max(...labels.map((l) => l.length), '--help'.length) + 2);
  const row = (label: string, text: string): void => {
    const body = wrap(text, 100 - width - 2, 0);
    if (label.length >= width) {
      out.push(`  ${label}`);
      body.forEach((l) => out.push(`  ${''.padEnd(width)}${l}`));
    } else body.forEach((l, i) => out.push(`  ${(i === 0 ? label : '').padEnd(width)}${l}`));
  };
  flags.forEach(([, f], i) => row(labels[i]!, f.default === undefined ? f.description : `${f.description} (default: ${f.default})`));
  row('--help', 'this help');
  if (h.notes?.length) {
    out.push('');
    h.notes.forEach((note, i) => out.push(...(i > 0 ? [''] : []), ...wrap(note, 100, 0)));
  }
  out.push('', h.examples.length === 1 ? 'Example:' : 'Examples:');
  for (const e of h.examples) out.push(`  cubecheck ${e}`);
  return `${out.join('\n')}\n`;
}

export function overviewText(version: string, helps: readonly CommandHelp[]): string {
  const width = Math.max(...helps.map((h) => h.name.length)) + 2;
  return [
    `${version}: check claims about Boolean functions exactly`,
    '',
    'Usage: cubecheck <command> [arguments] [options]',
    '',
    'Commands:',
    ...helps.map((h) => `  ${h.name.padEnd(width)}${h.summary}`),
    '',
    "Run 'cubecheck <command> --help' (or 'cubecheck help <command>') for a command's options, defaults and an example.",
    'Functions: expressions over x1..xn (+ - * ^, 1/2, not and or xor maj ite sgn chi(1,3) thr(k; ...)),',
    'or tables tt:+--+, hex:6, vals:1/2,0,0,-1. Point i: bit j of i is variable x(j+1); bit 1 means -1.',
    'An argument starting with a single - (such as -x1 or -1) is a value, not an option; after -- everything is.',
    '',
    'Exit codes: 0 success / holds / valid, 1 refuted / invalid, 2 bad input, 3 inconclusive or interrupted,',
    '70 internal error (please report it; CUBECHECK_DEBUG=1 prints the stack).',
    '',
  ].join('\n');
}
