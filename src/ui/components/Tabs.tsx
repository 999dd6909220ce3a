/** @jsxRuntime automatic @jsxImportSource react */
/** The titles of a panel's views, the active one marked, and a note on the right. */
import { Text } from 'ink';
import { type Theme, toneColor } from '../theme.js';

export interface TabsProps {
  readonly titles: readonly string[];
  readonly active: number;
  readonly note: string;
  readonly theme: Theme;
}

export function Tabs({ titles, active, note, theme }: TabsProps) {
  return (
    <Text wrap="truncate-end">
      {titles.map((t, i) =>
        i === active ? (
          <Text key={t} bold color={toneColor(theme, 'accent')}>{`[${t}] `}</Text>
        ) : (
          <Text key={t}>{` ${t}  `}</Text>
        ),
      )}
      <Text color={toneColor(theme, 'muted')}>{note === '' ? '' : `  ${note}`}</Text>
    </Text>
  );
}
