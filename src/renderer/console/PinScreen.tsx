import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call, setSessionToken } from '../api/client';
import { LanguageButton } from '../components/LanguageButton';
import { useIdle } from '../state/idle';
import { PinPad } from './PinPad';

type Step = { kind: 'loading' } | { kind: 'login' } | { kind: 'setup' } | { kind: 'confirm'; first: string };

export const MIN_PIN_DIGITS = 6;
const PIN_IDLE_SECONDS = 60;

/**
 * Sign-in to the organizer console. The first time, the organizer chooses a PIN (twice); after
 * that, wrong PINs count towards a lockout that core enforces and reports. On a first run there is
 * no way back to the kiosk until the PIN is chosen: the kiosk stays closed.
 */
export function PinScreen(props: { onSignedIn(): void; onCancel(): void; firstRun?: boolean }) {
  const { onSignedIn, onCancel, firstRun = false } = props;
  const { t } = useTranslation();
  const [step, setStep] = useState<Step>({ kind: 'loading' });
  const [pin, setPin] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const mounted = useRef(true);
  useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const canLeave = !firstRun || step.kind === 'login';
  // Opened by mistake, or walked away from: back to the kiosk. On a first run, digits typed and
  // walked away from are cleared instead, so nobody finishes someone else's PIN.
  const startOver = useCallback(() => {
    setPin('');
    setStep((current) => (current.kind === 'confirm' ? { kind: 'setup' } : current));
  }, []);
  useIdle(PIN_IDLE_SECONDS, true, canLeave ? onCancel : startOver);

  // Asked once per attempt, not per language: a language switch mid-setup keeps the first PIN.
  const [statusAttempt, setStatusAttempt] = useState(0);
  const [statusFailed, setStatusFailed] = useState(false);
  useEffect(() => {
    let live = true;
    call('organizer.status', {})
      .then((status) => live && setStep({ kind: status.pinSet ? 'login' : 'setup' }))
      .catch(() => live && setStatusFailed(true));
    return () => {
      live = false;
    };
  }, [statusAttempt]);
  const retryStatus = () => {
    setStatusFailed(false);
    setStatusAttempt((n) => n + 1);
  };

  const signIn = async (method: 'organizer.login' | 'organizer.setup', value: string) => {
    setBusy(true);
    try {
      const { token } = await call(method, { pin: value });
      if (!mounted.current) {
        // The screen timed out or was left while the PIN was checked: no session outlives it.
        await call('organizer.logout', {}, token).catch(() => undefined);
        return;
      }
      setSessionToken(token);
      onSignedIn();
    } catch (error) {
      setPin('');
      setBusy(false);
      if (error instanceof ApiCallError && error.code === 'locked_out' && error.error.retryAt) {
        const time = new Date(error.error.retryAt).toLocaleTimeString(undefined, { hour: 'numeric', minute: '2-digit' });
        setMessage(t('console.pin.lockedOut', { time }));
      } else if (error instanceof ApiCallError && error.code === 'unauthorized') {
        setMessage(error.message);
      } else if (error instanceof ApiCallError && method === 'organizer.setup' && error.code === 'invalid_argument') {
        // Core refused the PIN itself (too easy to guess): its sentence says why; choose again.
        setStep({ kind: 'setup' });
        setMessage(error.message);
      } else {
        setMessage(t('console.pin.unavailable'));
      }
    }
  };

  const submit = () => {
    setMessage(null);
    if (step.kind === 'login') return void signIn('organizer.login', pin);
    if (pin.length < MIN_PIN_DIGITS) {
      setPin('');
      return setMessage(t('console.pin.tooShort', { count: MIN_PIN_DIGITS }));
    }
    if (step.kind === 'setup') {
      setStep({ kind: 'confirm', first: pin });
      setPin('');
      return;
    }
    if (step.kind === 'confirm') {
      if (pin !== step.first) {
        setStep({ kind: 'setup' });
        setPin('');
        return setMessage(t('console.pin.mismatch'));
      }
      void signIn('organizer.setup', pin);
    }
  };

  const heading =
    step.kind === 'setup' ? t('console.pin.setupHeading') : step.kind === 'confirm' ? t('console.pin.confirmHeading') : t('console.pin.loginHeading');
  return (
    <main className="pin-screen" data-testid="pin-screen" data-first-run={firstRun || undefined}>
      <div className="pin-screen__language">
        <LanguageButton />
      </div>
      {firstRun && step.kind !== 'login' && (
        <div className="pin-screen__welcome" data-testid="first-run">
          {/* A heading, as it looks (WCAG 1.3.1); h2, so that the step below stays the page's h1. */}
          <h2 className="pin-screen__title">{t('console.firstRun.title')}</h2>
          <p className="lead">{t('console.firstRun.intro')}</p>
        </div>
      )}
      <h1>{heading}</h1>
      {step.kind === 'setup' && <p className="lead">{t('console.pin.setupHint', { count: MIN_PIN_DIGITS })}</p>}
      <p className="form-error pin-screen__message" role="alert" data-testid="pin-message">
        {statusFailed ? t('console.pin.unavailable') : message}
      </p>
      {statusFailed && (
        <button type="button" className="button" onClick={retryStatus} data-testid="pin-retry">
          {t('app.retry')}
        </button>
      )}
      {step.kind !== 'loading' && (
        <PinPad value={pin} onChange={setPin} onSubmit={submit} disabled={busy} submitLabel={t('console.pin.ok')} />
      )}
      {canLeave && (
        <button type="button" className="button button--outline" onClick={onCancel} data-testid="pin-cancel">
          {t('console.backToKiosk')}
        </button>
      )}
    </main>
  );
}
