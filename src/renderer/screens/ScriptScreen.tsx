import { useCallback, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BillList } from '../components/BillList';
import { ScriptText } from '../components/ScriptText';
import { TextField } from '../components/TextField';
import { TopBar } from '../components/TopBar';
import { scriptValues, type LegislatorChoice } from '../components/legislator-choice';
import { WhoToCall } from '../components/WhoToCall';
import { useKiosk } from '../state/kiosk';

/**
 * A call script with the caller's name and town filled in. In Spanish, the Spanish explanation
 * sits beside the English words the caller will actually speak.
 */
export function ScriptScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const { content, language } = useKiosk();
  const [name, setName] = useState('');
  const [town, setTown] = useState('');
  const [choice, setChoice] = useState<LegislatorChoice | null>(null);
  // The looked-up town fills the blank only until the person types their own.
  const townTyped = useRef(false);
  const suggestTown = useCallback((suggested: string) => {
    if (!townTyped.current) setTown(suggested);
  }, []);
  const typeTown = (value: string) => {
    townTyped.current = true;
    setTown(value);
  };
  const script = content.scripts.find((s) => s.id === id);
  if (!script) return null;
  const valuesEn = scriptValues({ name, town }, choice, 'en');
  const valuesEs = scriptValues({ name, town }, choice, 'es');
  return (
    <div className="screen">
      <TopBar />
      <main className="script-page">
        <h1>{script.title[language]}</h1>
        <p className="lead">{script.intro[language]}</p>
        <section className="panel" aria-labelledby="your-details">
          <h2 id="your-details">{t('script.yourDetails')}</h2>
          <p>{t('script.detailsHint')}</p>
          <div className="field-row">
            <TextField label={t('script.name')} value={name} onChange={setName} maxLength={80} testId="script-name" />
            <TextField label={t('script.town')} value={town} onChange={typeTown} maxLength={80} testId="script-town" />
          </div>
        </section>
        <WhoToCall script={script} choice={choice} onChoose={setChoice} onTown={suggestTown} />
        <section aria-labelledby="the-bills">
          <h2 id="the-bills">{t('script.bills')}</h2>
          <BillList bills={script.bills} />
        </section>
        <section aria-labelledby="what-to-say">
          <h2 id="what-to-say">{t('script.whatToSay')}</h2>
          {choice && (
            <p className="call-now" data-testid="call-now">
              {choice.phone
                ? t('legislators.callNow', { name: choice.name, phone: choice.phone.display, place: choice.phonePlace ?? '' })
                : t('legislators.callNoPhone', { name: choice.name })}
            </p>
          )}
          {language === 'en' ? (
            <ScriptText text={script.text.en} bills={script.bills} values={valuesEn} language="en" testId="script-en" />
          ) : (
            <div className="script-columns">
              <div>
                <h3>{t('script.speakInEnglish')}</h3>
                <ScriptText text={script.text.en} bills={script.bills} values={valuesEn} language="en" testId="script-en" />
              </div>
              <div>
                <h3>{t('script.meaningInSpanish')}</h3>
                <ScriptText text={script.text.es} bills={script.bills} values={valuesEs} language="es" testId="script-es" />
              </div>
            </div>
          )}
        </section>
      </main>
    </div>
  );
}
