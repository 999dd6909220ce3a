/** @jsxRuntime automatic @jsxImportSource react */
/** The whole frame for one state: pure, it only displays what the state says. */
import { Frame } from './components/Frame.js';
import { helpLine, keysFor } from './help.js';
import { contentWidth, scrollHeight, toolPanelHeight } from './layout.js';
import { TOOL_SPECS } from './model/tools/spec.js';
import { filterItems } from './model/catalogue.js';
import { Catalogue } from './screens/Catalogue.js';
import { Explorer } from './screens/Explorer.js';
import { Help } from './screens/Help.js';
import { Home } from './screens/Home.js';
import { Recovery } from './screens/Recovery.js';
import { Result } from './screens/Result.js';
import { Run } from './screens/Run.js';
import { Tool } from './screens/Tool.js';
import type { AppState } from './state/types.js';

const TITLES: Readonly<Record<AppState['screen'], string>> = {
  home: 'home',
  catalogue: 'catalogue',
  run: 'run',
  result: 'result',
  explorer: 'explorer',
  recovery: 'recovery',
  census: 'census',
  curve: 'curve',
  interpolate: 'interpolate',
};

export interface RootProps {
  readonly state: AppState;
  readonly cwd: string;
}

function Body({ state: s, cwd }: RootProps) {
  const width = s.dims.columns;
  const theme = s.theme;
  if (s.help) return <Help keys={keysFor(s)} theme={theme} />;
  switch (s.screen) {
    case 'home':
      return <Home index={s.home.index} theme={theme} />;
    case 'catalogue':
      return <Catalogue catalogue={s.catalogue} items={filterItems(s.catalogue.items, s.catalogue.filter.text)} height={scrollHeight('catalogue', s.dims)} width={width} theme={theme} />;
    case 'run':
      return <Run run={s.run} width={width} theme={theme} />;
    case 'result':
      return s.result ? <Result result={s.result} cwd={cwd} height={scrollHeight('result', s.dims)} width={contentWidth(s.dims) + 2} theme={theme} /> : null;
    case 'explorer':
      return <Explorer explorer={s.explorer} height={scrollHeight('explorer', s.dims)} width={width} theme={theme} />;
    case 'recovery':
      return <Recovery recovery={s.recovery} height={scrollHeight('recovery', s.dims)} width={width} theme={theme} />;
    case 'census':
    case 'curve':
    case 'interpolate':
      return <Tool id={s.screen} tool={s.tools[s.screen]} height={toolPanelHeight(TOOL_SPECS[s.screen].fields.length, s.dims)} width={width} theme={theme} />;
  }
}

export function Root({ state, cwd }: RootProps) {
  const title = state.help ? `help: ${TITLES[state.screen]}` : TITLES[state.screen];
  return (
    <Frame title={title} help={helpLine(state)} width={state.dims.columns} theme={state.theme}>
      <Body state={state} cwd={cwd} />
    </Frame>
  );
}
