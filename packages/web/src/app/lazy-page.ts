import { type ComponentType, lazy } from 'react';

/**
 * React.lazy for a module's named export. Each page is its own chunk, so the login page does not
 * wait for the user table or ECharts.
 */
export function lazyPage<M extends Record<K, ComponentType>, K extends keyof M & string>(
  load: () => Promise<M>,
  name: K,
) {
  return lazy(async () => ({ default: (await load())[name] }));
}
