/** @jsxRuntime automatic @jsxImportSource react */
/** The Recovery screen: latents, tasks, psi, bias, group and support; then the engine's answer. */
import { Box, Text } from 'ink';
import { grouped } from '../../report/check/numbers.js';
import { Line } from '../components/Frame.js';
import { Panel } from '../components/Panel.js';
import { TextInput } from '../components/TextInput.js';
import type { RecoveryState } from '../state/types.js';
import { type Theme, type Tone, toneColor } from '../theme.js';

export interface RecoveryProps {
  readonly recovery: RecoveryState;
  readonly height: number;
  readonly width: number;
  readonly theme: Theme;
}

const LABEL = 12;

function Choice({ label, value, focused, theme }: { label: string; value: string; focused: boolean; theme: Theme }) {
  return (
    <Text wrap="truncate-end">
      <Text bold={focused} color={focused ? toneColor(theme, 'accent') : undefined}>{`${focused ? '> ' : '  '}${label.padEnd(LABEL)}`}</Text>
      {focused ? `< ${value} >` : value}
    </Text>
  );
}

function status(r: RecoveryState): [string, Tone | undefined] {
  if (r.phase === 'cancelling') return ['cancelling...', 'warn'];
  if (r.phase === 'running') {
    const p = r.progress;
    return [p ? `searching: ${grouped(p.evaluations)} evaluations, ${p.restarts} restarts, best so far ${p.best} (Esc cancels)` : 'running the recovery engine... (Esc cancels a search)', 'warn'];
  }
  const o = r.outcome;
  if (o.kind === 'error') return [`error: ${o.message}`, 'bad'];
  if (o.kind === 'done') return [o.headline, o.tone];
  return ['Enter runs the recovery engine: which bijections V = Phi o psi minimise the bias?', 'muted'];
}

export function Recovery({ recovery: r, height, width, theme }: RecoveryProps) {
  const form = r.phase === 'form';
  const f = (i: number): boolean => form && r.focus === i;
  const fieldWidth = width - LABEL - 3;
  const [line, tone] = status(r);
  return (
    <Box flexDirection="column">
      <TextInput label={'latents d'.padEnd(LABEL)} field={r.d} focused={f(0)} width={fieldWidth} theme={theme} />
      <TextInput label={'tasks'.padEnd(LABEL)} field={r.tasks} focused={f(1)} width={fieldWidth} theme={theme} placeholder="h1; h2; ... over x1..xd" />
      <TextInput label={'psi'.padEnd(LABEL)} field={r.psi} focused={f(2)} width={fieldWidth} theme={theme} placeholder="(identity) or a map: x1*x2; x2; x3, perm:..." />
      <Choice label="bias" value={r.bias} focused={f(3)} theme={theme} />
      <Choice label="group" value={r.group} focused={f(4)} theme={theme} />
      <TextInput label={'support'.padEnd(LABEL)} field={r.support} focused={f(5)} width={fieldWidth} theme={theme} placeholder="(all of C_d) or points 0,1,2,..." />
      <Text bold={f(6)} inverse={f(6)} color={toneColor(theme, 'accent')}>
        {f(6) ? '> [ Run ]' : '  [ Run ]'}
      </Text>
      <Line theme={theme} tone={tone} bold={r.outcome.kind === 'done' && form}>
        {line}
      </Line>
      <Box flexDirection="column" height={height}>
        {form && r.outcome.kind === 'done' ? <Panel rows={r.outcome.rows} scroll={r.scroll} height={height} width={width} theme={theme} /> : null}
      </Box>
    </Box>
  );
}
