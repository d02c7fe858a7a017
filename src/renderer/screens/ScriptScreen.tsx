import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BillList } from '../components/BillList';
import { ScriptText } from '../components/ScriptText';
import { TextField } from '../components/TextField';
import { TopBar } from '../components/TopBar';
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
  const script = content.scripts.find((s) => s.id === id);
  if (!script) return null;
  const values = { name, town };
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
            <TextField label={t('script.town')} value={town} onChange={setTown} maxLength={80} testId="script-town" />
          </div>
        </section>
        <section aria-labelledby="the-bills">
          <h2 id="the-bills">{t('script.bills')}</h2>
          <BillList bills={script.bills} />
        </section>
        <section aria-labelledby="what-to-say">
          <h2 id="what-to-say">{t('script.whatToSay')}</h2>
          {language === 'en' ? (
            <ScriptText text={script.text.en} bills={script.bills} values={values} language="en" testId="script-en" />
          ) : (
            <div className="script-columns">
              <div>
                <h3>{t('script.speakInEnglish')}</h3>
                <ScriptText text={script.text.en} bills={script.bills} values={values} language="en" testId="script-en" />
              </div>
              <div>
                <h3>{t('script.meaningInSpanish')}</h3>
                <ScriptText text={script.text.es} bills={script.bills} values={values} language="es" testId="script-es" />
              </div>
            </div>
          )}
        </section>
      </main>
    </div>
  );
}
