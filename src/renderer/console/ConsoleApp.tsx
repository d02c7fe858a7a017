import { useCallback, useState, type ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { call, setSessionToken } from '../api/client';
import { KeyboardProvider } from '../components/Keyboard';
import { LanguageButton } from '../components/LanguageButton';
import { useIdle } from '../state/idle';
import { useKiosk } from '../state/kiosk';
import { useLanguage } from '../i18n/language';
import { useLegislatorInfo } from '../state/legislator-info';
import { BackupPanel } from './BackupPanel';
import { CallsPanel } from './CallsPanel';
import { ContentPanel } from './ContentPanel';
import { EventPanel } from './event/EventPanel';
import { ExportPanel } from './ExportPanel';
import { LegislatorDataWarning } from './LegislatorDataWarning';
import { LegislatorsPanel } from './LegislatorsPanel';
import { PinScreen } from './PinScreen';
import { QuitAppButton } from './QuitAppButton';
import { ConsoleSessionProvider, useConsole } from './session';
import { PrintPanel } from './print/PrintPanel';
import { SignupsPanel } from './SignupsPanel';
import { CONSOLE_TABS, ConsoleNavContext, type ConsoleTab } from './console-nav';
import { GuidePanel } from './guide/GuidePanel';
import { PaperPanel } from './paper/PaperPanel';
import { PrintChoicesProvider } from './print/print-choices';
import { eventNameIn } from '../../common/event';
import { TranslationsPanel } from './TranslationsPanel';
import { SealedGate } from './vault/UnlockForm';
import { VaultPanel } from './vault/VaultPanel';
import { SyncPanel } from './sync/SyncPanel';
import { useVault, VaultProvider } from './vault/vault-state';

/** One tab per panel, in this order; each panel is its own component file. */
const PANELS = {
  guide: GuidePanel,
  signups: SignupsPanel,
  paper: PaperPanel,
  calls: CallsPanel,
  export: ExportPanel,
  vault: VaultPanel,
  kiosks: SyncPanel,
  event: EventPanel,
  content: ContentPanel,
  languages: TranslationsPanel,
  legislators: LegislatorsPanel,
  backup: BackupPanel,
  print: PrintPanel,
} satisfies Record<ConsoleTab, ComponentType>;
type Tab = ConsoleTab;
const TABS = CONSOLE_TABS;
/** The panels that read people: behind the data key when it is locked. */
const READS_PEOPLE = new Set<Tab>(['signups', 'export']);

/** Leaves after three minutes untouched: the console shows people's data on a public screen. */
const CONSOLE_IDLE_SECONDS = 180;

function ConsoleShell({ onExit }: { onExit(): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { event, content } = useKiosk();
  const { lock } = useConsole();
  const { status, refresh } = useVault();
  // No data key yet, and no choice made to run without: the console starts by making one; then
  // the guide says what to do next.
  const [tab, setTab] = useState<Tab>(() => (status?.state === 'none' && !status.sealingOff ? 'vault' : 'guide'));
  const Panel = PANELS[tab];
  // Asked again on each tab: after an import the warning goes away.
  const info = useLegislatorInfo(tab);
  const open = useCallback((next: Tab) => {
    setTab(next);
    // The key may have been made, locked or unlocked elsewhere (another session, the API).
    void refresh();
    window.scrollTo(0, 0);
  }, [refresh]);
  useIdle(CONSOLE_IDLE_SECONDS, true, onExit);
  return (
    <ConsoleNavContext.Provider value={open}>
      <PrintChoicesProvider event={event} scriptIds={content.scripts.map((s) => s.id)}>
        <div className="screen console" data-testid="console">
          <header className="topbar">
            <div>
              <p className="console__title">{t('console.title')}</p>
              <p className="console__event">{eventNameIn(event, language)}</p>
            </div>
            <div className="topbar__nav">
              <LanguageButton />
              <button type="button" className="button button--outline" onClick={lock} data-testid="console-lock">
                {t('console.lock')}
              </button>
              <button type="button" className="button" onClick={onExit} data-testid="console-exit">
                {t('console.backToKiosk')}
              </button>
              <QuitAppButton />
            </div>
          </header>
          <nav className="tabs" aria-label={t('console.sections')}>
            {TABS.map((name) => (
              <button key={name} type="button" className={`tab${tab === name ? ' tab--on' : ''}`} aria-current={tab === name ? 'page' : undefined} onClick={() => open(name)} data-testid={`tab-${name}`}>
                {t(`console.tabs.${name}`)}
              </button>
            ))}
          </nav>
          <main>
            {tab !== 'legislators' && (
              <LegislatorDataWarning info={info} testId="console-legislators-warning">
                <button type="button" className="button" onClick={() => open('legislators')} data-testid="console-legislators-update">
                  {t('console.legislators.validity.update')}
                </button>
              </LegislatorDataWarning>
            )}
            {READS_PEOPLE.has(tab) ? (
              <SealedGate>
                <Panel key={tab} />
              </SealedGate>
            ) : (
              <Panel key={tab} />
            )}
          </main>
        </div>
      </PrintChoicesProvider>
    </ConsoleNavContext.Provider>
  );
}

/** The organizer console: PIN first, then the console; leaving ends the session. */
export function ConsoleApp({ onExit, firstRun = false }: { onExit(): void; firstRun?: boolean }) {
  const [signedIn, setSignedIn] = useState(false);
  const lock = useCallback(() => {
    // Ends the session in core too; the token is read before it is cleared here.
    void call('organizer.logout', {}).catch(() => undefined);
    setSessionToken(undefined);
    setSignedIn(false);
  }, []);
  const exit = useCallback(() => {
    void call('organizer.logout', {}).catch(() => undefined);
    setSessionToken(undefined);
    onExit();
  }, [onExit]);
  return (
    <KeyboardProvider>
      {signedIn ? (
        <ConsoleSessionProvider onExpired={lock} onLock={lock}>
          <VaultProvider>
            <ConsoleShell onExit={exit} />
          </VaultProvider>
        </ConsoleSessionProvider>
      ) : (
        <PinScreen onSignedIn={() => setSignedIn(true)} onCancel={exit} firstRun={firstRun} />
      )}
    </KeyboardProvider>
  );
}
