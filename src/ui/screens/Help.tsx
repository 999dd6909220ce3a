/** @jsxRuntime automatic @jsxImportSource react */
/** The help overlay: every key of the current screen. */
import { Box, Text } from 'ink';
import type { KeyHelp } from '../help.js';
import { type Theme, toneColor } from '../theme.js';
import { Line } from '../components/Frame.js';

export interface HelpProps {
  readonly keys: KeyHelp;
  readonly theme: Theme;
}

export function Help({ keys, theme }: HelpProps) {
  return (
    <Box flexDirection="column" marginY={1}>
      <Line theme={theme} bold>Keys on this screen</Line>
      <Text> </Text>
      {keys.map(([key, what]) => (
        <Text key={key} wrap="truncate-end">
          <Text color={toneColor(theme, 'accent')}>{`  ${key.padEnd(20)}`}</Text>
          {what}
        </Text>
      ))}
      <Text> </Text>
      <Line theme={theme}>Points are indices: bit j of i is x(j+1); bit 1 means -1. Values are exact.</Line>
    </Box>
  );
}
