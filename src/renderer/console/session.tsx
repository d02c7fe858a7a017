/**
 * The organizer's session in the renderer: a call() that sends the session token and, when core
 * says the session has ended, returns to the PIN screen instead of showing an error.
 */
import { createContext, useCallback, useContext, useMemo, type ReactNode } from 'react';
import type { Args, MethodName, Result } from '../../common/contract';
import { ApiCallError, call } from '../api/client';

interface ConsoleSession {
  call<M extends MethodName>(method: M, args: Args<M>): Promise<Result<M>>;
  lock(): void;
}

const SessionContext = createContext<ConsoleSession | null>(null);

export function useConsole(): ConsoleSession {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useConsole outside ConsoleSessionProvider');
  return session;
}

export function ConsoleSessionProvider({ onExpired, onLock, children }: { onExpired(): void; onLock(): void; children: ReactNode }) {
  const guarded = useCallback(
    async <M extends MethodName>(method: M, args: Args<M>): Promise<Result<M>> => {
      try {
        return await call(method, args);
      } catch (error) {
        if (error instanceof ApiCallError && error.code === 'unauthorized') onExpired();
        throw error;
      }
    },
    [onExpired],
  );
  const value = useMemo(() => ({ call: guarded, lock: onLock }), [guarded, onLock]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** The message to show for a failed console action. */
export function errorMessage(error: unknown): string {
  return error instanceof ApiCallError ? error.message : String(error);
}
