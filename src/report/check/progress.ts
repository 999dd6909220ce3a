/** One progress line for a terminal (stderr), rewritten in place with a carriage return. */
import type { Progress } from '../../check/types.js';
import { duration, grouped } from './numbers.js';

export function progressLine(label: string, p: Progress): string {
  const done = p.total !== null ? `${grouped(p.done)} / ${grouped(p.total)} cases (${Math.floor((100 * p.done) / Math.max(1, p.total))}%)` : `${grouped(p.done)} cases`;
  const eta = p.etaMs !== null ? `, ~${duration(p.etaMs)} left` : '';
  return `\r\x1b[K${label}: ${done}, ${grouped(Math.round(p.rate))}/s${eta}`;
}

export const CLEAR_LINE = '\r\x1b[K';
