import { update, type Action, type ViewState } from "./state";

export type Listener = (state: ViewState, previous: ViewState) => void;

/** A minimal store: pure updates in, listeners notified only when the state changes. */
export interface Store {
  getState(): ViewState;
  dispatch(action: Action): void;
  subscribe(listener: Listener): () => void;
}

export function createStore(initial: ViewState): Store {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    getState: () => state,
    dispatch(action) {
      const previous = state;
      state = update(state, action);
      if (state === previous) return;
      for (const listener of [...listeners]) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
