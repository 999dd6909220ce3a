/** @jsxRuntime automatic @jsxImportSource react */
/** Every screen's frame: a title line, the body, and the key reminder at the bottom. */
import { Box, Text } from 'ink';
import type { ReactNode } from 'react';
import { type Theme, toneColor } from '../theme.js';

export interface FrameProps {
  readonly title: string;
  readonly help: string;
  readonly width: number;
  readonly theme: Theme;
  readonly children?: ReactNode;
}

export function Frame({ title, help, width, theme, children }: FrameProps) {
  return (
    <Box flexDirection="column" width={width}>
      <Text bold color={toneColor(theme, 'accent')} wrap="truncate-end">
        {`cubecheck · ${title}`}
      </Text>
      {children}
      <Text color={toneColor(theme, 'muted')} wrap="truncate-end">
        {help}
      </Text>
    </Box>
  );
}

/** One line of text, cut at the frame's width rather than wrapped (wrapping would break the layout). */
export function Line({ children, tone, theme, bold }: { children: string; tone?: Parameters<typeof toneColor>[1]; theme: Theme; bold?: boolean }) {
  return (
    <Text color={toneColor(theme, tone)} bold={bold === true} wrap="truncate-end">
      {children === '' ? ' ' : children}
    </Text>
  );
}
