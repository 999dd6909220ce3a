/** @jsxRuntime automatic @jsxImportSource react */
/** The Explorer: the input, a caret under a parse error, and the analysis views. */
import { Box } from 'ink';
import { Line } from '../components/Frame.js';
import { Panel, scrollNote } from '../components/Panel.js';
import { Tabs } from '../components/Tabs.js';
import { TextInput, caretLine } from '../components/TextInput.js';
import type { ExplorerState } from '../state/types.js';
import type { Theme } from '../theme.js';

export interface ExplorerProps {
  readonly explorer: ExplorerState;
  readonly height: number;
  readonly width: number;
  readonly theme: Theme;
}

const LABEL = '  f or T: ';

export function Explorer({ explorer: e, height, width, theme }: ExplorerProps) {
  const a = e.analysis;
  const fieldWidth = width - LABEL.length - 1;
  const caret = a.kind === 'error' && a.column !== null ? caretLine(LABEL.length, e.input, fieldWidth, a.column) : null;
  const view = a.kind === 'ok' ? a.views[e.view] : undefined;
  let status: string;
  if (a.kind === 'empty') status = 'e.g. maj(x1,x2,x3), x1*x2 + 1/2, hex:e8, and(x1,x2); x3, perm:0,1,3,2';
  else if (a.kind === 'error') status = a.message;
  else status = `${a.what === 'map' ? 'map' : 'function'}: ${a.summary}`;
  return (
    <Box flexDirection="column">
      <TextInput label="f or T: " field={e.input} focused marker={false} width={fieldWidth} theme={theme} />
      <Line theme={theme} tone="bad">{caret ?? ''}</Line>
      <Line theme={theme} tone={a.kind === 'error' ? 'bad' : a.kind === 'empty' ? 'muted' : undefined}>{status}</Line>
      {a.kind === 'ok' && view ? (
        <Tabs titles={a.views.map((v) => v.title)} active={e.view} note={scrollNote(e.scroll, height, view.rows.length)} theme={theme} />
      ) : (
        <Line theme={theme}>{''}</Line>
      )}
      <Box flexDirection="column" height={height}>
        {view ? <Panel rows={view.rows} scroll={e.scroll} height={height} width={width} theme={theme} /> : null}
      </Box>
    </Box>
  );
}
