/**
 * What the organizer chose for each printed document, kept per kind for the whole console session
 * (switching document or tab forgets nothing), and which documents were made (the setup guide's
 * "print" step).
 */
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Language } from '../../../common/content';
import type { DocumentKind, HandoutLayout, HandoutLegislator, Paper } from '../../../common/documents';
import type { EventSettings } from '../../../common/event';

/** The recovery sheet is printed from the data key's setup, never from the print tab. */
export type PrintKind = Exclude<DocumentKind, 'recovery-sheet'>;
export const PRINT_KINDS: PrintKind[] = ['flyer', 'directory', 'script', 'signup-sheet'];

interface Common {
  language: Language;
  paper: Paper;
}
export interface PrintChoices {
  flyer: Common & { organizationIds: string[] };
  directory: Common;
  script: Common & { scriptIds: string[]; layout: HandoutLayout; town: string; legislator: HandoutLegislator | null };
  'signup-sheet': Common & { secondLanguage: Language | null; pages: string };
}

function initialChoices(event: EventSettings, scriptIds: string[]): PrintChoices {
  const common: Common = { language: event.defaultLanguage, paper: 'letter' };
  return {
    flyer: { ...common, organizationIds: [] },
    directory: { ...common },
    script: { ...common, scriptIds, layout: '1-up', town: '', legislator: null },
    'signup-sheet': { ...common, secondLanguage: null, pages: '1' },
  };
}

interface PrintState {
  kind: PrintKind;
  setKind(kind: PrintKind): void;
  choices: PrintChoices;
  choose<K extends PrintKind>(kind: K, change: Partial<PrintChoices[K]>): void;
  made: ReadonlySet<PrintKind>;
  markMade(kind: PrintKind): void;
}

const PrintContext = createContext<PrintState | null>(null);

export function usePrintChoices(): PrintState {
  const state = useContext(PrintContext);
  if (!state) throw new Error('usePrintChoices outside PrintChoicesProvider');
  return state;
}

export function PrintChoicesProvider({ event, scriptIds, children }: { event: EventSettings; scriptIds: string[]; children: ReactNode }) {
  const [kind, setKind] = useState<PrintKind>('flyer');
  const [choices, setChoices] = useState(() => initialChoices(event, scriptIds));
  const [made, setMade] = useState<ReadonlySet<PrintKind>>(new Set());
  const choose = useCallback(<K extends PrintKind>(k: K, change: Partial<PrintChoices[K]>) => setChoices((c) => ({ ...c, [k]: { ...c[k], ...change } })), []);
  const markMade = useCallback((k: PrintKind) => setMade((m) => new Set([...m, k])), []);
  const value = useMemo(() => ({ kind, setKind, choices, choose, made, markMade }), [kind, choices, choose, made, markMade]);
  return <PrintContext.Provider value={value}>{children}</PrintContext.Provider>;
}
