/**
 * The console's view of the data key: its status (none, locked, unlocked, opening), refreshed after
 * every vault action and every "vault_locked" answer, and polled while sealed rows are being opened.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { VaultStatus } from '../../../common/vault';
import { ApiCallError } from '../../api/client';
import { useConsole } from '../session';

interface VaultState {
  status: VaultStatus | null;
  refresh(): Promise<void>;
  /** True when reading people needs an unlock first. */
  sealed: boolean;
}

const VaultContext = createContext<VaultState | null>(null);
const OPENING_POLL_MS = 250;

export function useVault(): VaultState {
  const state = useContext(VaultContext);
  if (!state) throw new Error('useVault outside VaultProvider');
  return state;
}

/** True for the error a people-reading call gives while the data key is locked. */
export function isVaultLocked(error: unknown): boolean {
  return error instanceof ApiCallError && error.code === 'vault_locked';
}

export function VaultProvider({ children }: { children: ReactNode }) {
  const { call } = useConsole();
  const [status, setStatus] = useState<VaultStatus | null>(null);
  // The console waits for the first answer, so it can open on the right tab.
  const [loaded, setLoaded] = useState(false);
  const refresh = useCallback(async () => {
    try {
      setStatus(await call('vault.status', {}));
    } catch {
      // The console shows the panel's own error; a status that cannot be read changes nothing.
    }
  }, [call]);
  useEffect(() => {
    let live = true;
    call('vault.status', {})
      .then((first) => live && setStatus(first))
      .catch(() => undefined)
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, [call]);
  useEffect(() => {
    if (!status?.opening) return;
    const timer = window.setTimeout(() => void refresh(), OPENING_POLL_MS);
    return () => window.clearTimeout(timer);
  }, [status, refresh]);
  const value = useMemo(() => ({ status, refresh, sealed: status?.state === 'locked' }), [status, refresh]);
  return <VaultContext.Provider value={value}>{loaded ? children : null}</VaultContext.Provider>;
}
