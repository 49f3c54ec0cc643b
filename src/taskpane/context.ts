/** React access to the shared store, the controller and the core. */
import { createContext, useContext, useSyncExternalStore } from 'react';
import type { Controller } from '../runtime/controller';
import type { CoreApi } from '../runtime/core-api';
import type { AppState, Store } from '../runtime/store';

export interface PaneServices {
  store: Store;
  controller: Controller;
  core: CoreApi;
}

export const PaneContext = createContext<PaneServices | null>(null);

export function usePane(): PaneServices {
  const s = useContext(PaneContext);
  if (!s) throw new Error('PaneContext missing');
  return s;
}

export function useAppState<T>(select: (s: AppState) => T): T {
  const { store } = usePane();
  return useSyncExternalStore(
    (listener) => store.subscribe(listener),
    () => select(store.get()),
  );
}
