/**
 * Whether a visitor is on a call: a script screen with a legislator chosen. Meanwhile the kiosk
 * waits the event's longer call time before it warns (the caller is on the phone, not touching the
 * screen), and its warning leaves the number in view.
 */
import { createContext, useContext, useEffect } from 'react';

export const OnCallContext = createContext<(onCall: boolean) => void>(() => undefined);

/** Says "on a call" while `active` and the calling screen is shown. */
export function useOnCall(active: boolean): void {
  const setOnCall = useContext(OnCallContext);
  useEffect(() => {
    setOnCall(active);
    return () => setOnCall(false);
  }, [active, setOnCall]);
}
