import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CallFromPhone } from '../components/CallFromPhone';
import { CallOutcome } from '../components/CallOutcome';
import { KEEP_IN_VIEW } from '../components/IdleWarning';
import { useOnCall } from '../state/on-call';
import { ExpiredData } from '../components/ExpiredData';
import { MoreAboutBills } from '../components/MoreAboutBills';
import { ScriptText } from '../components/ScriptText';
import { TextField } from '../components/TextField';
import { TopBar } from '../components/TopBar';
import { scriptValues, type LegislatorChoice } from '../components/legislator-choice';
import { WhoToCall } from '../components/WhoToCall';
import { useKiosk } from '../state/kiosk';
import { textIn } from '../../common/localized';
import { Localized } from '../i18n/language';
import { useLegislatorInfo } from '../state/legislator-info';
import '../components/call-station.css';

/**
 * A call script with the caller's name and town filled in. Once a legislator is chosen, "What to
 * say" follows at once: the number to scan, the script, then how the call went. The intro and the
 * bills are folded at the top. In another language, what the call says in it sits beside the
 * English words the caller will actually speak.
 */
export function ScriptScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const { content, language } = useKiosk();
  const info = useLegislatorInfo();
  const [name, setName] = useState('');
  const [town, setTown] = useState('');
  const [choice, setChoice] = useState<LegislatorChoice | null>(null);
  const whatToSay = useRef<HTMLElement>(null);
  // The looked-up town fills the blank only until the person types their own.
  const townTyped = useRef(false);
  const suggestTown = useCallback((suggested: string) => {
    if (!townTyped.current) setTown(suggested);
  }, []);
  const typeTown = (value: string) => {
    townTyped.current = true;
    setTown(value);
  };
  const chosenId = choice?.id;
  useOnCall(Boolean(chosenId));
  useEffect(() => {
    if (chosenId) whatToSay.current?.scrollIntoView({ block: 'start', behavior: 'smooth' });
  }, [chosenId]);
  const script = content.scripts.find((s) => s.id === id);
  if (!script) return null;
  const valuesEn = scriptValues({ name, town }, choice, 'en');
  // What the call says in the caller's language, when the pack has the script in it.
  const meaning = textIn(script.text, language);
  return (
    <div className="screen">
      <TopBar />
      <main className="script-page">
        <Localized as="h1" text={script.title} />
        <MoreAboutBills script={script} />
        <ExpiredData info={info} targets={[script.target]} />
        <section className="panel" aria-labelledby="your-details">
          <h2 id="your-details">{t('script.yourDetails')}</h2>
          <p>{t('script.detailsHint')}</p>
          <div className="field-row">
            <TextField label={t('script.name')} value={name} onChange={setName} maxLength={80} testId="script-name" />
            <TextField label={t('script.town')} value={town} onChange={typeTown} maxLength={80} testId="script-town" />
          </div>
        </section>
        <WhoToCall script={script} choice={choice} onChoose={setChoice} onTown={suggestTown} />
        <section ref={whatToSay} className="what-to-say" aria-labelledby="what-to-say" data-testid="what-to-say">
          <h2 id="what-to-say">{t('script.whatToSay')}</h2>
          {choice && (
            <>
              <p className="call-now" data-testid="call-now" {...{ [KEEP_IN_VIEW]: '' }}>
                {choice.phone
                  ? t('legislators.callNow', { name: choice.name, phone: choice.phone.display, place: choice.phonePlace ?? '' })
                  : t('legislators.callNoPhone', { name: choice.name })}
              </p>
              <CallFromPhone choice={choice} />
            </>
          )}
          {meaning.language === 'en' ? (
            <ScriptText text={script.text.en} bills={script.bills} values={valuesEn} language="en" testId="script-en" />
          ) : (
            <div className="script-columns">
              <div>
                <h3>{t('script.speakInEnglish')}</h3>
                <ScriptText text={script.text.en} bills={script.bills} values={valuesEn} language="en" testId="script-en" />
              </div>
              <div>
                <h3>{t('script.meaning')}</h3>
                <ScriptText text={meaning.text} bills={script.bills} values={scriptValues({ name, town }, choice, language)} language={language} testId={`script-${language}`} />
              </div>
            </div>
          )}
        </section>
        {choice && <CallOutcome key={choice.id} scriptId={script.id} legislatorId={choice.id} />}
      </main>
    </div>
  );
}
