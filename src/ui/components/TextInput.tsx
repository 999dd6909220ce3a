/** @jsxRuntime automatic @jsxImportSource react */
/** A one-line text field as displayed: label, the visible part of the text, the caret. */
import { Text } from 'ink';
import { type TextField, visibleWindow } from '../model/textField.js';
import { type Theme, toneColor } from '../theme.js';

export interface TextInputProps {
  readonly label: string;
  readonly field: TextField;
  readonly focused: boolean;
  /** Columns for the text itself. */
  readonly width: number;
  readonly theme: Theme;
  readonly placeholder?: string;
  /** Show '>' before a focused field (forms); off for a screen's only field. */
  readonly marker?: boolean;
}

export function TextInput({ label, field, focused, width, theme, placeholder, marker = true }: TextInputProps) {
  const { start, text } = visibleWindow(field, width);
  const at = field.cursor - start;
  const sign = focused && marker ? '>' : ' ';
  const labelText = <Text bold={focused} color={focused ? toneColor(theme, 'accent') : undefined}>{`${sign} ${label}`}</Text>;
  if (field.text === '' && !focused && placeholder) {
    return (
      <Text wrap="truncate-end">
        {labelText}
        <Text color={toneColor(theme, 'muted')}>{placeholder}</Text>
      </Text>
    );
  }
  if (focused && field.selected) {
    return (
      <Text wrap="truncate-end">
        {labelText}
        <Text inverse>{text === '' ? ' ' : text}</Text>
      </Text>
    );
  }
  return (
    <Text wrap="truncate-end">
      {labelText}
      {focused ? text.slice(0, at) : text}
      {focused ? <Text inverse>{text[at] ?? ' '}</Text> : ''}
      {focused ? text.slice(at + 1) : ''}
    </Text>
  );
}

/** The caret line under a field: '^' under the 1-based column of the text, when it is visible. */
export function caretLine(labelWidth: number, field: TextField, width: number, column: number): string | null {
  const { start } = visibleWindow(field, width);
  const at = column - 1 - start;
  if (at < 0 || at > width) return null;
  return `${' '.repeat(labelWidth + at)}^`;
}
