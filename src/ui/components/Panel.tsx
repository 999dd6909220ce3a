/** @jsxRuntime automatic @jsxImportSource react */
/** A scrolling window on panel rows: text rows and bar rows (label, bar, exact value). */
import { Box, Text } from 'ink';
import type { PanelRow } from '../model/panel.js';
import { type Theme, toneColor } from '../theme.js';
import { Line } from './Frame.js';

export interface PanelProps {
  readonly rows: readonly PanelRow[];
  readonly scroll: number;
  readonly height: number;
  readonly width: number;
  readonly theme: Theme;
}

const LABEL = 8;
const EIGHTHS = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];

/** A bar `cells` wide filled to `fraction` (display only), in whole and eighth blocks. */
export function barText(fraction: number, cells: number): string {
  const eighths = Math.round(Math.max(0, Math.min(1, fraction)) * cells * 8);
  const full = Math.floor(eighths / 8);
  return '█'.repeat(full) + EIGHTHS[eighths % 8]!;
}

function BarLine({ row, width, theme }: { row: Extract<PanelRow, { kind: 'bar' }>; width: number; theme: Theme }) {
  const cells = Math.max(4, Math.min(40, width - LABEL - row.value.length - 3));
  const drawn = barText(row.fraction, cells);
  return (
    <Text wrap="truncate-end">
      {row.label.padEnd(LABEL)}
      <Text color={toneColor(theme, 'accent')}>{drawn}</Text>
      {`${' '.repeat(Math.max(0, cells - drawn.length))} ${row.value}`}
    </Text>
  );
}

export function Panel({ rows, scroll, height, width, theme }: PanelProps) {
  const shown = rows.slice(scroll, scroll + height);
  return (
    <Box flexDirection="column" paddingLeft={2} width={width}>
      {shown.map((row, i) =>
        row.kind === 'bar' ? (
          <BarLine key={scroll + i} row={row} width={width - 2} theme={theme} />
        ) : (
          <Line key={scroll + i} tone={row.tone} theme={theme}>
            {row.text}
          </Line>
        ),
      )}
    </Box>
  );
}

/** "rows 1-13 of 40", or '' when everything fits. */
export function scrollNote(scroll: number, height: number, total: number): string {
  if (total <= height) return '';
  return `rows ${scroll + 1}-${Math.min(total, scroll + height)} of ${total} (↑↓ PgUp PgDn)`;
}
