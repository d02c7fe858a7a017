import { lazy, Suspense, useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { KioskSession } from './KioskSession';
import { KioskProvider, useKiosk, useKioskData } from './state/kiosk';

// Loaded when an organizer opens it: visitors' sessions never need the console's code.
const ConsoleApp = lazy(() => import('./console/ConsoleApp').then((m) => ({ default: m.ConsoleApp })));

/**
 * Ends a visitor's session: back to the attract screen in the event's language, state dropped.
 * On a first run of the app (no organizer PIN yet) the console's PIN setup comes first, so the
 * kiosk never stands in public with a console that whoever taps the corner first could claim.
 */
function Sessions({ firstRun }: { firstRun: boolean }) {
  const { t } = useTranslation();
  const { event, setLanguage } = useKiosk();
  const [session, setSession] = useState(0);
  const [mode, setMode] = useState<'kiosk' | 'console' | 'first-run'>(firstRun ? 'first-run' : 'kiosk');
  const end = useCallback(() => {
    setLanguage(event.defaultLanguage);
    setSession((n) => n + 1);
    setMode('kiosk');
    window.scrollTo(0, 0);
  }, [event.defaultLanguage, setLanguage]);
  const openConsole = useCallback(() => setMode('console'), []);
  if (mode !== 'kiosk') {
    return (
      <Suspense fallback={<p className="status">{t('app.loading')}</p>}>
        <ConsoleApp onExit={end} firstRun={mode === 'first-run'} />
      </Suspense>
    );
  }
  return <KioskSession key={session} onEnd={end} onOrganizer={openConsole} />;
}

export function App() {
  const { t } = useTranslation();
  const { load, retry, refresh } = useKioskData();
  if (load.status === 'loading') return <p className="status">{t('app.loading')}</p>;
  if (load.status === 'failed') {
    return (
      <div className="status" role="alert">
        <p>{t('app.loadFailed')}</p>
        <button type="button" className="button" onClick={retry}>
          {t('app.retry')}
        </button>
      </div>
    );
  }
  return (
    <KioskProvider content={load.content} event={load.event} reload={refresh}>
      <Sessions firstRun={load.setupFirst} />
    </KioskProvider>
  );
}
