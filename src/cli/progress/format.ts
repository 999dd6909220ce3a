/** Progress samples as text (one line) and as JSON lines. */
import type { ProgressSample } from './types.js';

export function grouped(n: number): string {
  return Math.round(n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** 1234567 -> "1.2M" (a rate for reading). */
export function compact(n: number): string {
  if (n >= 1e9) return `${(n / 1e9).toFixed(1)}G`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)}M`;
  if (n >= 1e4) return `${(n / 1e3).toFixed(1)}k`;
  return n >= 100 ? String(Math.round(n)) : n.toFixed(1);
}

export function seconds(s: number): string {
  if (s < 90) return `${Math.ceil(s)} s`;
  if (s < 5400) return `${Math.round(s / 60)} min`;
  return `${(s / 3600).toFixed(1)} h`;
}

export function progressText(p: ProgressSample): string {
  const pct = p.total !== null && p.total > 0 ? ` (${((100 * Math.min(p.done, p.total)) / p.total).toFixed(1)}%)` : '';
  const done = p.total !== null ? `${grouped(p.done)} / ${grouped(p.total)} ${p.unit}${pct}` : `${grouped(p.done)} ${p.unit}`;
  const rate = p.elapsedSeconds > 0 ? `, ${compact(p.rate)} ${p.unit}/s` : '';
  const eta = p.etaSeconds !== null ? `, ~${seconds(p.etaSeconds)} left` : '';
  const detail = p.detail ? `, ${p.detail}` : '';
  return `${p.task}: ${done}${rate}${eta}${detail}`;
}

export function progressJson(p: ProgressSample, event: 'progress' | 'end'): string {
  return `${JSON.stringify({
    event,
    task: p.task,
    unit: p.unit,
    done: p.done,
    total: p.total,
    rate: Math.round(p.rate * 10) / 10,
    etaSeconds: p.etaSeconds === null ? null : Math.round(p.etaSeconds),
    elapsedSeconds: Math.round(p.elapsedSeconds * 10) / 10,
    ...(p.detail ? { detail: p.detail } : {}),
  })}\n`;
}
