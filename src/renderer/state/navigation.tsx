/**
 * Where the visitor is. Routes live in memory only (never in the URL or browser history), so
 * nothing a person did can be found by pressing Back after they leave.
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Category } from '../../common/content';

export interface SavedSignup {
  firstName: string;
  email: boolean;
  sms: boolean;
  organizationNames: string[];
}

export type Route =
  | { name: 'attract' }
  | { name: 'home' }
  | { name: 'browse'; category: Category }
  | { name: 'organization'; id: string }
  | { name: 'calls' }
  | { name: 'script'; id: string }
  | { name: 'signup'; organizationId?: string }
  | { name: 'thanks'; saved: SavedSignup };

interface Navigation {
  route: Route;
  canGoBack: boolean;
  go(route: Route): void;
  back(): void;
  /** Replaces the whole trail: used after a sign-up so Back cannot reopen the form. */
  replace(route: Route): void;
}

const NavigationContext = createContext<Navigation | null>(null);

export function useNavigation(): Navigation {
  const navigation = useContext(NavigationContext);
  if (!navigation) throw new Error('useNavigation outside NavigationProvider');
  return navigation;
}

export function NavigationProvider({ children }: { children: ReactNode }) {
  const [trail, setTrail] = useState<Route[]>([{ name: 'attract' }]);
  const go = useCallback((route: Route) => {
    setTrail((current) => [...current, route]);
    window.scrollTo(0, 0);
  }, []);
  const back = useCallback(() => {
    setTrail((current) => (current.length > 1 ? current.slice(0, -1) : current));
    window.scrollTo(0, 0);
  }, []);
  const replace = useCallback((route: Route) => {
    setTrail([route]);
    window.scrollTo(0, 0);
  }, []);
  const value = useMemo(
    () => ({ route: trail[trail.length - 1] ?? { name: 'attract' as const }, canGoBack: trail.length > 2, go, back, replace }),
    [trail, go, back, replace],
  );
  return <NavigationContext.Provider value={value}>{children}</NavigationContext.Provider>;
}
