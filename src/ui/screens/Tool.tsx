/** @jsxRuntime automatic @jsxImportSource react */
/** The census, curve and interpolate screens: the form, a status line, the result's rows. */
import { Box, Text } from 'ink';
import { Line } from '../components/Frame.js';
import { Panel } from '../components/Panel.js';
import { TextInput } from '../components/TextInput.js';
import { TOOL_SPECS, type ToolId, type ToolState } from '../model/tools/spec.js';
import { type Theme, type Tone, toneColor } from '../theme.js';

export interface ToolProps {
  readonly id: ToolId;
  readonly tool: ToolState;
  readonly height: number;
  readonly width: number;
  readonly theme: Theme;
}

const LABEL = 12;

function status(id: ToolId, t: ToolState): [string, Tone | undefined] {
  if (t.phase === 'cancelling') return ['stopping...', 'warn'];
  if (t.phase === 'running') return [t.progress ?? 'running... (Esc stops)', 'warn'];
  const o = t.outcome;
  if (o.kind === 'error') return [`error: ${o.message}`, 'bad'];
  if (o.kind === 'done') return [o.headline, o.tone];
  return [TOOL_SPECS[id].intro, 'muted'];
}

export function Tool({ id, tool: t, height, width, theme }: ToolProps) {
  const spec = TOOL_SPECS[id];
  const form = t.phase === 'form';
  const button = spec.fields.length;
  const [line, tone] = status(id, t);
  return (
    <Box flexDirection="column">
      {spec.fields.map((f, i) => (
        <TextInput key={f.label} label={f.label.padEnd(LABEL)} field={t.fields[i]!} focused={form && t.focus === i} width={width - LABEL - 3} theme={theme} {...(f.placeholder ? { placeholder: f.placeholder } : {})} />
      ))}
      <Text bold={form && t.focus === button} inverse={form && t.focus === button} color={toneColor(theme, 'accent')}>
        {form && t.focus === button ? '> [ Run ]' : '  [ Run ]'}
      </Text>
      <Line theme={theme} tone={tone} bold={t.outcome.kind === 'done' && form}>
        {line}
      </Line>
      <Box flexDirection="column" height={height}>
        {form && t.outcome.kind === 'done' ? <Panel rows={t.outcome.rows} scroll={t.scroll} height={height} width={width} theme={theme} /> : null}
      </Box>
    </Box>
  );
}
