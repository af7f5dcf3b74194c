import { createContext, useContext } from 'react';
import type { RevealCache } from '@/utils/lock/reveal-cache';
import type { OpenVault } from '@/utils/vault/vault';

/** The journal while the lock is on and open: the vault (in this page's memory only) and what it revealed. */
export interface Unlocked {
  vault: OpenVault;
  cache: RevealCache;
}

/** Null while the lock is off: records are read and written as they are. */
export const UnlockedContext = createContext<Unlocked | null>(null);

/** The open lock, or null while the lock is off. */
export function useUnlocked(): Unlocked | null {
  return useContext(UnlockedContext);
}
