/** @jsxRuntime automatic @jsxImportSource react */
/** The home menu. */
import { Box, Text } from 'ink';
import { HOME_ITEMS } from '../controller/home.js';
import { type Theme, toneColor } from '../theme.js';
import { Line } from '../components/Frame.js';

export interface HomeProps {
  readonly index: number;
  readonly theme: Theme;
}

export function Home({ index, theme }: HomeProps) {
  return (
    <Box flexDirection="column" marginY={1}>
      <Line theme={theme}>Check claims about Boolean functions exactly.</Line>
      <Text> </Text>
      {HOME_ITEMS.map((item, i) => (
        <Text key={item.label} wrap="truncate-end">
          <Text bold={i === index} color={i === index ? toneColor(theme, 'accent') : undefined}>
            {`${i === index ? '> ' : '  '}${item.label.padEnd(13)}`}
          </Text>
          <Text color={toneColor(theme, 'muted')}>{item.about}</Text>
        </Text>
      ))}
    </Box>
  );
}
