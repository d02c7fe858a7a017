/**
 * What every kiosk screen shares: the content pack, the event settings and the visitor's language.
 * Loaded once through the contract; screens read it with useKiosk().
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { CallScript, ContentPack, Language, Organization } from '../../common/content';
import type { EventSettings } from '../../common/event';
import { call } from '../api/client';
import { changeLanguage } from '../i18n';

interface KioskState {
  content: ContentPack;
  event: EventSettings;
  language: Language;
  setLanguage(language: Language): void;
}

const KioskContext = createContext<KioskState | null>(null);

export function useKiosk(): KioskState {
  const state = useContext(KioskContext);
  if (!state) throw new Error('useKiosk outside KioskProvider');
  return state;
}

type Load = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; content: ContentPack; event: EventSettings };

export function useKioskData(): { load: Load; retry: () => void } {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    Promise.all([call('content.get', {}), call('event.get', {})])
      .then(([content, event]) => live && setLoad({ status: 'ready', content, event }))
      .catch(() => live && setLoad({ status: 'failed' }));
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setLoad({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  return { load, retry };
}

export function KioskProvider(props: { content: ContentPack; event: EventSettings; children: ReactNode }) {
  const { content, event } = props;
  const [language, setLanguageState] = useState<Language>(event.defaultLanguage);
  useEffect(() => changeLanguage(event.defaultLanguage), [event.defaultLanguage]);
  const setLanguage = useCallback((next: Language) => {
    changeLanguage(next);
    setLanguageState(next);
  }, []);
  const value = useMemo(() => ({ content, event, language, setLanguage }), [content, event, language, setLanguage]);
  return <KioskContext.Provider value={value}>{props.children}</KioskContext.Provider>;
}

/** The organizations and scripts of the sections the event shows. */
export function useVisibleContent(): { organizations: Organization[]; scripts: CallScript[] } {
  const { content, event } = useKiosk();
  return useMemo(() => {
    const hidden = new Set(event.hiddenSections);
    return {
      organizations: content.organizations.filter((o) => !hidden.has(o.sectionId)),
      scripts: content.scripts.filter((s) => !hidden.has(s.sectionId)),
    };
  }, [content, event]);
}
