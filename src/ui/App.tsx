/** @jsxRuntime automatic @jsxImportSource react */
/** The root component: reads the controller's state, sends it key presses, exits ink on quit. */
import { useApp, useInput } from 'ink';
import { useEffect, useSyncExternalStore } from 'react';
import type { UiController } from './controller/controller.js';
import { keysFromInk } from './keys.js';
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
  useEffect(() => {
    if (state.quit) exit();
  }, [state.quit, exit]);
  return <Root state={state} cwd={cwd} />;
}
