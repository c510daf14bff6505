/**
 * Which store the inventory reads and writes. The app uses the one renderer store; tests pass
 * their own (built without a planner) so they control the Plan the grid shows.
 */
import { createContext, useContext } from 'react';
import type { StoreApi, UseBoundStore } from 'zustand';
import { useDecampStore, type DecampState } from '../../store';

export type InventoryStore = UseBoundStore<StoreApi<DecampState>>;

export const InventoryStoreContext = createContext<InventoryStore>(useDecampStore);

/** The store hook in scope: select narrowly through it, exactly as with `useDecampStore`. */
export function useInventoryStore(): InventoryStore {
  return useContext(InventoryStoreContext);
}
