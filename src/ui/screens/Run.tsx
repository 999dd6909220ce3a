/** @jsxRuntime automatic @jsxImportSource react */
/** The Run screen: scope and mode of the chosen property, then live progress while it runs. */
import { Box, Text } from 'ink';
import { Line } from '../components/Frame.js';
import { ProgressBar } from '../components/ProgressBar.js';
import type { RunState } from '../state/types.js';
import { type Theme, toneColor } from '../theme.js';
import { twoLines } from './Catalogue.js';

export interface RunProps {
  readonly run: RunState;
  readonly width: number;
  readonly theme: Theme;
}

function FormRow({ label, value, note, focused, theme }: { label: string; value: string; note: string; focused: boolean; theme: Theme }) {
  return (
    <Text wrap="truncate-end">
      <Text bold={focused} color={focused ? toneColor(theme, 'accent') : undefined}>{`${focused ? '> ' : '  '}${label.padEnd(6)}`}</Text>
      <Text inverse={focused}>{` ${value.padEnd(14)}`}</Text>
      <Text color={toneColor(theme, 'muted')}>{`  ${note}`}</Text>
    </Text>
  );
}

export function Run({ run, width, theme }: RunProps) {
  const item = run.item;
  if (!item) return <Line theme={theme}>no property chosen (Esc: back to the catalogue)</Line>;
  const { form, focus } = run;
  const running = run.phase !== 'form';
  const random = form.mode === 'random' ? '' : form.mode === 'auto' ? ' (used if auto picks random)' : ' (not used)';
  const [s1, s2] = twoLines(item.statement, width);
  return (
    <Box flexDirection="column">
      <Line theme={theme} bold>{`${item.id} (${item.status}, ${item.quantifier === 'exists' ? 'exists' : 'for all'})`}</Line>
      <Line theme={theme} tone="muted">{s1}</Line>
      <Line theme={theme} tone="muted">{s2}</Line>
      <Text> </Text>
      <FormRow label="n" value={form.n.text} note={`${item.range[0]}..${item.range[1]}, default ${item.defaultN}; ←→ -1/+1`} focused={!running && focus === 0} theme={theme} />
      <FormRow label="mode" value={`< ${form.mode} >`} note="auto: exhaustive within 2^20 cases, else random" focused={!running && focus === 1} theme={theme} />
      <FormRow label="runs" value={form.runs.text} note={`random cases${random}; ←→ -1/+1`} focused={!running && focus === 2} theme={theme} />
      <FormRow label="seed" value={form.seed.text} note={`random seed${random}`} focused={!running && focus === 3} theme={theme} />
      <Text wrap="truncate-end">
        <Text bold={!running && focus === 4} inverse={!running && focus === 4} color={toneColor(theme, 'accent')}>
          {!running && focus === 4 ? '> [ Run ]' : '  [ Run ]'}
        </Text>
        <Text color={toneColor(theme, 'muted')}>{'  Enter runs from any field'}</Text>
      </Text>
      <Text> </Text>
      {running ? (
        <>
          <Line theme={theme} tone="warn">{run.phase === 'cancelling' ? 'cancelling...' : 'running... (Esc cancels and keeps what was found)'}</Line>
          <ProgressBar progress={run.progress} width={width} theme={theme} />
        </>
      ) : null}
      {run.error ? <Line theme={theme} tone="bad">{`error: ${run.error}`}</Line> : null}
    </Box>
  );
}
