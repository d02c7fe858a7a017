/**
 * One visitor's session: the screens, the on-screen keyboard and the idle watch. The App mounts a
 * new session (a new React key) on reset, so nothing a person typed survives in component state.
 */
import { Suspense, useCallback, useEffect, useState } from 'react';
import { lazyPreloaded } from './lazy';
import { IdleWarning } from './components/IdleWarning';
import { KeyboardProvider } from './components/Keyboard';
import { AttractScreen } from './screens/AttractScreen';
import { BrowseScreen } from './screens/BrowseScreen';
import { CallsScreen } from './screens/CallsScreen';
import { HomeScreen } from './screens/HomeScreen';
import { OrganizationScreen } from './screens/OrganizationScreen';
import { ScriptScreen } from './screens/ScriptScreen';
import { ThanksScreen } from './screens/ThanksScreen';
import { useIdle } from './state/idle';
import { OnCallContext } from './state/on-call';
import { useKiosk } from './state/kiosk';
import { NavigationProvider, useNavigation, type Route } from './state/navigation';

// The form's checks (libphonenumber) are the biggest part of the bundle: not needed to start.
const signup = lazyPreloaded<{ organizationId?: string | undefined }>(() => import('./screens/SignupScreen').then((m) => ({ default: m.SignupScreen })));
const SignupScreen = signup.Component;

function Screen({ route, onEnd, onOrganizer }: { route: Route; onEnd(): void; onOrganizer(): void }) {
  switch (route.name) {
    case 'attract':
      return <AttractScreen onOrganizer={onOrganizer} />;
    case 'home':
      return <HomeScreen />;
    case 'browse':
      return <BrowseScreen category={route.category} />;
    case 'organization':
      return <OrganizationScreen id={route.id} />;
    case 'calls':
      return <CallsScreen />;
    case 'script':
      return <ScriptScreen id={route.id} />;
    case 'signup':
      return <SignupScreen organizationId={route.organizationId} />;
    case 'thanks':
      return <ThanksScreen saved={route.saved} onDone={onEnd} />;
  }
}

function SessionScreens({ onEnd, onOrganizer }: { onEnd(): void; onOrganizer(): void }) {
  const { event } = useKiosk();
  const { route } = useNavigation();
  const [warning, setWarning] = useState(false);
  const [onCall, setOnCall] = useState(false);
  useEffect(() => void signup.preload(), []);
  const watching = route.name !== 'attract' && route.name !== 'thanks' && !warning;
  const calling = onCall && route.name === 'script';
  useIdle(calling ? event.callIdleSeconds : event.idleSeconds, watching, useCallback(() => setWarning(true), []));
  return (
    <OnCallContext.Provider value={setOnCall}>
      <div aria-hidden={(warning && !calling) || undefined} className="session">
        <Suspense fallback={null}>
          <Screen route={route} onEnd={onEnd} onOrganizer={onOrganizer} />
        </Suspense>
      </div>
      {warning && <IdleWarning onStay={() => setWarning(false)} onReset={onEnd} docked={calling} />}
    </OnCallContext.Provider>
  );
}

export function KioskSession({ onEnd, onOrganizer }: { onEnd(): void; onOrganizer(): void }) {
  return (
    <NavigationProvider>
      <KeyboardProvider>
        <SessionScreens onEnd={onEnd} onOrganizer={onOrganizer} />
      </KeyboardProvider>
    </NavigationProvider>
  );
}
