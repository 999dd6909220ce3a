/** @jsxRuntime automatic @jsxImportSource react */
/** The root component: reads the controller's state, sends it key presses, exits ink on quit. */
import { useApp, useInput, useStdin } from 'ink';
import { useEffect, useSyncExternalStore } from 'react';
import type { UiController } from './controller/controller.js';
import { isF1, keyOf, keysFromInk } from './keys.js';
import { Root } from './Root.js';

export interface AppProps {
  readonly controller: UiController;
  readonly cwd: string;
}

export function App({ controller, cwd }: AppProps) {
  const state = useSyncExternalStore(controller.subscribe, controller.getState);
  const { exit } = useApp();
  useInput((input, key) => {
    for (const k of keysFromInk(input, key)) controller.key(k);
  });
  // ink's useInput reports F1 as an empty key: read it from the raw input events instead.
  const { internal_eventEmitter: events } = useStdin();
  useEffect(() => {
    const onInput = (data: string): void => {
      if (isF1(data)) controller.key(keyOf({ help: true }));
    };
    events?.on('input', onInput);
    return () => {
      events?.removeListener('input', onInput);
    };
  }, [events, controller]);
  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);
  return <Root state={state} cwd={cwd} />;
}
