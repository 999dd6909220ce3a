/**
 * Colours, or none: NO_COLOR (https://no-color.org: set and non-empty), --no-color or TERM=dumb
 * turn every colour off. Components ask for a tone and get a colour name or undefined.
 */
export type Tone = 'good' | 'bad' | 'warn' | 'accent' | 'muted';

export interface Theme {
  readonly color: boolean;
}

const COLORS: Readonly<Record<Tone, string>> = {
  good: 'green',
  bad: 'red',
  warn: 'yellow',
  accent: 'cyan',
  muted: 'gray',
};

export function themeFromEnv(env: Readonly<Record<string, string | undefined>>, noColorFlag = false): Theme {
  const off = noColorFlag || (env.NO_COLOR !== undefined && env.NO_COLOR !== '') || env.TERM === 'dumb';
  return { color: !off };
}

/** The colour of a tone, or undefined when colours are off (or no tone). */
export function toneColor(theme: Theme, tone: Tone | undefined): string | undefined {
  return theme.color && tone !== undefined ? COLORS[tone] : undefined;
}
