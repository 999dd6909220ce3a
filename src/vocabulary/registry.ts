/** Registries keyed by id: `byId({ degree, ... })` fails to compile when a key is not its entry's id. */
export function byId<T extends { readonly [K in keyof T]: { readonly id: K } }>(entries: T): T {
  return entries;
}
