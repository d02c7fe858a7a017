import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CALL_OUTCOMES, type CallOutcome as Outcome } from '../../common/calls';
import { ApiCallError, call } from '../api/client';
import { Icon } from './Icon';

type State = { kind: 'ready' } | { kind: 'saving'; outcome: Outcome } | { kind: 'saved'; outcome: Outcome } | { kind: 'failed'; message: string };

/**
 * After the script: how did the call go? One tap records an anonymous tally (script, legislator,
 * outcome; core adds the hour). Then the buttons give way to a thank-you, so one call counts once;
 * choosing another legislator starts a new tally (the screen remounts this per legislator).
 */
export function CallOutcome({ scriptId, legislatorId }: { scriptId: string; legislatorId: string }) {
  const { t } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'ready' });
  const record = async (outcome: Outcome) => {
    if (state.kind === 'saving' || state.kind === 'saved') return;
    setState({ kind: 'saving', outcome });
    try {
      await call('calls.log', { scriptId, legislatorId, outcome });
      setState({ kind: 'saved', outcome });
    } catch (error) {
      const message = error instanceof ApiCallError && error.code !== 'internal' ? error.message : t('callStation.outcomeFailed');
      setState({ kind: 'failed', message });
    }
  };
  return (
    <section className="call-outcome" aria-labelledby="call-outcome-heading" data-testid="call-outcome">
      <h2 id="call-outcome-heading">{t('callStation.howDidItGo')}</h2>
      {state.kind === 'saved' ? (
        <p className="banner banner--ok call-outcome__thanks" role="status" data-testid="call-outcome-saved">
          <Icon name="check" size={36} /> {t(`callStation.saved.${state.outcome}`)}
        </p>
      ) : (
        <>
          <p className="field__hint">{t('callStation.outcomeHint')}</p>
          <div className="call-outcome__buttons">
            {CALL_OUTCOMES.map((outcome) => (
              <button
                key={outcome}
                type="button"
                className="button button--large call-outcome__button"
                disabled={state.kind === 'saving'}
                onClick={() => void record(outcome)}
                data-testid={`outcome-${outcome}`}
              >
                {t(`callStation.outcomes.${outcome}`)}
              </button>
            ))}
          </div>
          {state.kind === 'failed' && (
            <p className="form-error" role="alert" data-testid="call-outcome-error">
              {state.message}
            </p>
          )}
        </>
      )}
    </section>
  );
}
