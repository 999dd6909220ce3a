/** @jsxRuntime automatic @jsxImportSource react */
/** A run's progress: the bar, cases done of the total, the rate and the time left (display only). */
import { Text } from 'ink';
import { duration, grouped } from '../../report/check/numbers.js';
import type { Progress } from '../../check/types.js';
import { type Theme, toneColor } from '../theme.js';
import { barText } from './Panel.js';

export interface ProgressBarProps {
  readonly progress: Progress | null;
  readonly width: number;
  readonly theme: Theme;
}

export function progressText(p: Progress | null): string {
  if (p === null) return 'starting...';
  const of = p.total !== null ? ` of ${grouped(p.total)}` : '';
  const rate = `${grouped(Math.round(p.rate))} cases/s`;
  const left = p.etaMs !== null ? `, about ${duration(p.etaMs)} left` : '';
  return `${grouped(p.done)}${of} cases, ${rate}${left}`;
}

export function ProgressBar({ progress, width, theme }: ProgressBarProps) {
  const cells = Math.max(10, Math.min(50, width - 12));
  const fraction = progress && progress.total ? progress.done / progress.total : 0;
  const drawn = barText(fraction, cells);
  const percent = progress && progress.total ? `${Math.floor(fraction * 100)}%` : '';
  return (
    <>
      <Text wrap="truncate-end">
        {'  ['}
        <Text color={toneColor(theme, 'accent')}>{drawn}</Text>
        {`${' '.repeat(Math.max(0, cells - drawn.length))}] ${percent}`}
      </Text>
      <Text wrap="truncate-end">{`  ${progressText(progress)}`}</Text>
    </>
  );
}
