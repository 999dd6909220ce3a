/** @jsxRuntime automatic @jsxImportSource react */
/** The catalogue: every property with its status and its certificate's verdict, filtered by typing. */
import { Box, Text } from 'ink';
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
    const notice = catalogue.notice;
    return (
      <Box flexDirection="column">
        <TextInput label="open file: " field={catalogue.prompt} focused marker={false} width={width - 15} theme={theme} />
        <Box flexDirection="column" height={height}>
          {body}
        </Box>
        <Line theme={theme} tone="muted">
          {'a property module (.ts or .js) whose default export is defineProperty({...}), as for check FILE'}
        </Line>
        <Line theme={theme} tone="muted">
          Enter opens it and goes to its run form; Esc cancels
        </Line>
        <Line theme={theme} tone={notice?.tone}>
          {notice?.text ?? ''}
        </Line>
        <Line theme={theme}>{''}</Line>
      </Box>
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
      <Line theme={theme}>{scope}</Line>
      <Line theme={theme}>{cert}</Line>
    </Box>
  );
}
