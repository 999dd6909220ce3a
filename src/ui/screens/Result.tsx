/** @jsxRuntime automatic @jsxImportSource react */
/** The Result screen: verdict, details, the case's views (table, spectrum, ANF) and the certificate. */
import { relative } from 'node:path';
import { Box } from 'ink';
import { Line } from '../components/Frame.js';
import { Panel, scrollNote } from '../components/Panel.js';
import { Tabs } from '../components/Tabs.js';
import type { ResultCertificate, ResultState } from '../state/types.js';
import type { Theme, Tone } from '../theme.js';

export interface ResultProps {
  readonly result: ResultState;
  readonly cwd: string;
  readonly height: number;
  readonly width: number;
  readonly theme: Theme;
}

function certificateLine(c: ResultCertificate, cwd: string): [string, Tone | undefined] {
  const where = relative(cwd, c.path);
  if (!c.available) return ['certificate: none (inconclusive results have none)', 'muted'];
  if (c.busy === 'saving') return [`certificate: saving ${where}...`, undefined];
  if (!c.saved) return [`certificate: not saved (s saves it to ${where})`, 'muted'];
  const check = c.check;
  if (!check || check.kind === 'unverified') return [`certificate: ${where}, unverified (v runs the verifier)`, undefined];
  if (check.kind === 'verifying') return [`certificate: ${where}, verifying...`, undefined];
  if (check.kind === 'valid') return [`certificate: ${where}, VERIFIED: ${check.summary}`, 'good'];
  return [`certificate: ${where}, ${check.kind.toUpperCase()}: ${check.reason}`, 'bad'];
}

export function Result({ result: r, cwd, height, width, theme }: ResultProps) {
  const variable = r.variables[r.variable];
  const view = variable?.views[r.view];
  const extra = r.warning ?? r.details[2] ?? (variable ? `${variable.name}: ${variable.summary}` : '');
  const [cert, certTone] = certificateLine(r.certificate, cwd);
  const count = r.variables.length;
  const caseLine = variable
    ? `${r.caseKind}${count > 1 ? ` (variable ${r.variable + 1} of ${count}, ←→)` : ''}: ${variable.name} = ${variable.notation}`
    : r.verdict === 'inconclusive'
      ? 'no case decided the claim'
      : 'no counterexample or witness to show: the verdict rests on every case checked';
  return (
    <Box flexDirection="column">
      <Line theme={theme} tone={r.tone} bold>{r.headline}</Line>
      <Line theme={theme}>{r.details[0] ?? ''}</Line>
      <Line theme={theme}>{r.details[1] ?? ''}</Line>
      <Line theme={theme} tone={r.warning ? 'bad' : undefined}>{extra}</Line>
      <Line theme={theme} bold>{caseLine}</Line>
      {variable && view ? (
        <Tabs titles={variable.views.map((v) => v.title)} active={r.view} note={scrollNote(r.scroll, height, view.rows.length)} theme={theme} />
      ) : (
        <Line theme={theme}>{''}</Line>
      )}
      <Box flexDirection="column" height={height}>
        {view ? <Panel rows={view.rows} scroll={r.scroll} height={height} width={width} theme={theme} /> : null}
      </Box>
      <Line theme={theme} tone={certTone}>{cert}</Line>
      <Line theme={theme} tone="muted">{r.certificate.message ?? ''}</Line>
    </Box>
  );
}
