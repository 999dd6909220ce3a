/** The home menu. */
import type { KeyPress } from '../keys.js';
import type { ScreenId } from '../state/types.js';
import { type Ctx, update } from './context.js';
import { openCatalogue } from './catalogue.js';

export const HOME_ITEMS: readonly { readonly label: string; readonly about: string; readonly screen: ScreenId | 'quit' }[] = [
  { label: 'Catalogue', about: 'the claims, their certificates; run one at a scope you choose', screen: 'catalogue' },
  { label: 'Explorer', about: 'type a function or a map and see its analysis as you type', screen: 'explorer' },
  { label: 'Recovery', about: 'world-model recovery: latents, tasks, psi and a bias', screen: 'recovery' },
  { label: 'Census', about: 'count all Boolean functions on n variables by measure, with bars', screen: 'census' },
  { label: 'Curve', about: 'the identifiability curve: recovery as the number of tasks grows', screen: 'curve' },
  { label: 'Interpolate', about: "the min-degree interpolator of a function's values on a support", screen: 'interpolate' },
  { label: 'Quit', about: 'leave cubecheck', screen: 'quit' },
];

export function homeKey(ctx: Ctx, k: KeyPress, quit: () => void): void {
  const index = ctx.store.get().home.index;
  if (k.up || k.down) {
    const next = (index + (k.up ? -1 : 1) + HOME_ITEMS.length) % HOME_ITEMS.length;
    update(ctx, (s) => ({ ...s, home: { index: next } }));
    return;
  }
  if (!k.enter) return;
  const target = HOME_ITEMS[index]!.screen;
  if (target === 'quit') quit();
  else if (target === 'catalogue') openCatalogue(ctx);
  else update(ctx, (s) => ({ ...s, screen: target }));
}
