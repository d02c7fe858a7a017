import { useEffect, useState } from 'react';

/**
 * A console status read now and every `everyMs` while the panel is open (the kiosks tab: what
 * arrived, what is waiting). `read` must keep its identity between renders (useConsole's call does).
 */
export function usePolled<T>(read: () => Promise<T>, everyMs: number): [T | null, (value: T) => void] {
  const [value, setValue] = useState<T | null>(null);
  useEffect(() => {
    let live = true;
    const once = () =>
      read()
        .then((next) => live && setValue(next))
        .catch(() => undefined);
    void once();
    const timer = window.setInterval(() => void once(), everyMs);
    return () => {
      live = false;
      window.clearInterval(timer);
    };
  }, [read, everyMs]);
  return [value, setValue];
}
