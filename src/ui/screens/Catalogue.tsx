/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The catalogue: every claim with its status and its certificate's verdict, filtered by typing;
 * the selected one's statement, its formula (or that it is a TypeScript module), scope and
 * certificate below. Ctrl-O and Ctrl-F replace the filter by a path or a formula prompt.
 */
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { Line } from '../components/Frame.js';
import { TextInput } from '../components/TextInput.js';
import { windowStart } from '../layout.js';
import { certificateText } from '../model/catalogue.js';
import { wrap } from '../model/panel.js';
import type { CatalogueItem, CatalogueState } from '../state/types.js';
import { type Theme, type Tone, toneColor } from '../theme.js';

export interface CatalogueProps {
  readonly catalogue: CatalogueState;
  /** The filtered items. */
  readonly items: readonly CatalogueItem[];
  readonly height: number;
  readonly width: number;
  readonly theme: Theme;
}

function certTone(item: CatalogueItem): Tone | undefined {
  const c = item.certificate;
  if (c.kind === 'unreadable') return 'bad';
  if (c.kind !== 'present') return 'muted';
  if (c.check.kind === 'invalid' || c.check.kind === 'unreadable') return 'bad';
  return c.check.kind === 'valid' ? 'good' : undefined;
}

function Row({ item, selected, theme }: { item: CatalogueItem; selected: boolean; theme: Theme }) {
  return (
    <Text wrap="truncate-end">
      <Text bold={selected} color={selected ? toneColor(theme, 'accent') : undefined}>{`${selected ? '> ' : '  '}${item.id.padEnd(38)} `}</Text>
      {`${item.status.padEnd(11)}`}
      <Text color={toneColor(theme, certTone(item))}>{certificateText(item.certificate)}</Text>
    </Text>
  );
}

function detail(item: CatalogueItem | undefined): [string, string] {
  if (!item) return ['', ''];
  const c = item.certificate;
  const q = item.quantifier === 'exists' ? 'exists' : 'for all';
  const scope = `${q}; n in ${item.range[0]}..${item.range[1]}, default ${item.defaultN}`;
  if (c.kind === 'present') {
    const why = c.check.kind === 'valid' ? c.check.summary : c.check.kind === 'invalid' || c.check.kind === 'unreadable' ? c.check.reason : '';
    return [scope, `certificate: ${c.verdict} at n = ${c.n} (${c.mode})${why ? `: ${why}` : ''}`];
  }
  return [scope, c.kind === 'unreadable' ? `certificate unreadable: ${c.reason}` : 'no certificate in ./certificates'];
}

/** A text in at most two lines of `width`, cut with '...'. */
export function twoLines(text: string, width: number): [string, string] {
  const lines = wrap(text, width - 1, '');
  const second = lines.length > 2 ? `${lines[1]!.slice(0, width - 5)} ...` : (lines[1] ?? '');
  return [lines[0] ?? '', second];
}

/** The formula of a formula claim, or what a module claim is, on one line. */
export function howStated(item: CatalogueItem | undefined): string {
  if (!item) return '';
  return item.formula ? `formula: ${item.formula}` : 'TypeScript module (a claim formulas cannot say)';
}

function Prompt({ label, field, hint, enter, body, height, width, notice, theme }: { label: string; field: NonNullable<CatalogueState['prompt']>; hint: string; enter: string; body: ReactNode; height: number; width: number; notice: CatalogueState['notice']; theme: Theme }) {
  return (
    <Box flexDirection="column">
      <TextInput label={label} field={field} focused marker={false} width={width - label.length - 3} theme={theme} />
      <Box flexDirection="column" height={height}>
        {body}
      </Box>
      <Line theme={theme} tone="muted">
        {hint}
      </Line>
      <Line theme={theme} tone="muted">
        {enter}
      </Line>
      <Line theme={theme} tone={notice?.tone}>
        {notice?.text ?? ''}
      </Line>
      <Line theme={theme}>{''}</Line>
      <Line theme={theme}>{''}</Line>
    </Box>
  );
}

export function Catalogue({ catalogue, items, height, width, theme }: CatalogueProps) {
  const index = Math.min(catalogue.index, items.length - 1);
  const start = windowStart(index, items.length, height);
  const selected = items[index];
  const [scope, cert] = detail(selected);
  let body;
  if (catalogue.load === 'loading' || catalogue.load === 'idle') body = <Line theme={theme}>loading the catalogue...</Line>;
  else if (catalogue.load === 'error') body = <Line theme={theme} tone="bad">{`could not load the catalogue: ${catalogue.error ?? ''}`}</Line>;
  else if (items.length === 0) body = <Line theme={theme} tone="muted">no property matches the filter (Esc clears it)</Line>;
  else body = items.slice(start, start + height).map((it, i) => <Row key={it.id} item={it} selected={start + i === index} theme={theme} />);
  if (catalogue.prompt !== null) {
    return (
      <Prompt
        label="open file: "
        field={catalogue.prompt}
        hint="a property module (.ts or .js) whose default export is defineProperty({...}), as for check FILE"
        enter="Enter opens it and goes to its run form; Esc cancels"
        {...{ body, height, width, notice: catalogue.notice, theme }}
      />
    );
  }
  if (catalogue.formula !== null) {
    return (
      <Prompt
        label="formula: "
        field={catalogue.formula}
        hint="a formula as for check '<formula>': forall T in bijections(3): differentialUniformity(T) >= 2 (docs/claims.md)"
        enter="Enter reads it and goes to its run form (n defaults to 3 where the formula says n); Esc cancels"
        {...{ body, height, width, notice: catalogue.notice, theme }}
      />
    );
  }
  return (
    <Box flexDirection="column">
      <TextInput label="filter: " field={catalogue.filter} focused marker={false} width={width - 12} theme={theme} />
      <Box flexDirection="column" height={height}>
        {body}
      </Box>
      {twoLines(selected?.statement ?? '', width).map((l, i) => (
        <Line key={i} theme={theme} tone="muted">
          {l}
        </Line>
      ))}
      <Line theme={theme} tone={selected?.formula ? 'accent' : 'muted'}>
        {howStated(selected)}
      </Line>
      <Line theme={theme}>{scope}</Line>
      <Line theme={theme}>{cert}</Line>
    </Box>
  );
}
