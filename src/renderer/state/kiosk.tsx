/**
 * What every kiosk screen shares: the content pack, the event settings and the visitor's language.
 * Loaded once through the contract; screens read it with useKiosk().
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { CallScript, ContentPack, Language, Organization } from '../../common/content';
import type { EventSettings } from '../../common/event';
import { featuredFirst, shownOrganizations } from '../../common/event-organizations';
import { call } from '../api/client';
import { changeLanguage } from '../i18n';
import { applyCorrections } from '../i18n/corrections';
import { pseudoLocaleOn, pseudoPack } from '../i18n/pseudo';

interface KioskState {
  content: ContentPack;
  event: EventSettings;
  language: Language;
  setLanguage(language: Language): void;
  /** Fetches the content and event again, after the organizer console changed them. */
  reload(): Promise<void>;
}

const KioskContext = createContext<KioskState | null>(null);

export function useKiosk(): KioskState {
  const state = useContext(KioskContext);
  if (!state) throw new Error('useKiosk outside KioskProvider');
  return state;
}

/** `setupFirst`: a first run with no organizer PIN yet; the kiosk stays closed until one is chosen. */
type Load = { status: 'loading' } | { status: 'failed' } | { status: 'ready'; content: ContentPack; event: EventSettings; setupFirst: boolean };

/** The pack as the screens show it: pseudo-localized under the layout tests' pseudo-locale. */
const shown = (content: ContentPack): ContentPack => (pseudoLocaleOn() ? pseudoPack(content) : content);

export function useKioskData(): { load: Load; retry: () => void; refresh: () => Promise<void> } {
  const [load, setLoad] = useState<Load>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    Promise.all([call('content.get', {}), call('event.get', {}), call('organizer.status', {}), call('translations.get', {})])
      .then(([content, event, organizer, translations]) => {
        if (!live) return;
        applyCorrections(translations);
        setLoad({ status: 'ready', content: shown(content), event, setupFirst: organizer.setupFirst });
      })
      .catch(() => live && setLoad({ status: 'failed' }));
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => {
    setLoad({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  // Unlike retry, no loading screen in between: the console stays mounted while the kiosk takes
  // the organizer's new settings and content.
  const refresh = useCallback(async () => {
    const [content, event, translations] = await Promise.all([call('content.get', {}), call('event.get', {}), call('translations.get', {})]);
    applyCorrections(translations);
    setLoad((previous) => ({ status: 'ready', content: shown(content), event, setupFirst: previous.status === 'ready' && previous.setupFirst }));
  }, []);
  return { load, retry, refresh };
}

export function KioskProvider(props: { content: ContentPack; event: EventSettings; reload(): Promise<void>; children: ReactNode }) {
  const { content, event, reload } = props;
  const [language, setLanguageState] = useState<Language>(event.defaultLanguage);
  // The start-up language only: a new default chosen in the console applies from the next visitor
  // (App's session reset), not to the organizer's screen.
  const startLanguage = useRef(event.defaultLanguage);
  useEffect(() => changeLanguage(startLanguage.current), []);
  const setLanguage = useCallback((next: Language) => {
    changeLanguage(next);
    setLanguageState(next);
  }, []);
  const value = useMemo(() => ({ content, event, language, setLanguage, reload }), [content, event, language, setLanguage, reload]);
  return <KioskContext.Provider value={value}>{props.children}</KioskContext.Provider>;
}

/**
 * What the event shows: organizations not hidden (nor in a hidden section), featured first, then
 * the event's region; the scripts of the sections shown.
 */
export function useVisibleContent(): { organizations: Organization[]; scripts: CallScript[] } {
  const { content, event } = useKiosk();
  return useMemo(() => {
    const hidden = new Set(event.hiddenSections);
    return {
      organizations: featuredFirst(shownOrganizations(content, event), event),
      scripts: content.scripts.filter((s) => !hidden.has(s.sectionId)),
    };
  }, [content, event]);
}
