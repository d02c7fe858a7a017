/** Lets a panel send the organizer to another tab (the setup guide's steps, "next" buttons). */
import { createContext, useContext } from 'react';

export const CONSOLE_TABS = ['guide', 'signups', 'paper', 'calls', 'export', 'vault', 'kiosks', 'event', 'content', 'languages', 'legislators', 'backup', 'print'] as const;
export type ConsoleTab = (typeof CONSOLE_TABS)[number];

export const ConsoleNavContext = createContext<(tab: ConsoleTab) => void>(() => undefined);

export function useOpenTab(): (tab: ConsoleTab) => void {
  return useContext(ConsoleNavContext);
}
