import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REGIONS } from '../../../common/constants';
import { LANGUAGES, SOURCE_LANGUAGE, type Language } from '../../../common/languages';
import { CALL_IDLE_SECONDS_MAX, CALL_IDLE_SECONDS_MIN, IDLE_SECONDS_MAX, IDLE_SECONDS_MIN } from '../../../common/event';
import { Checkbox } from '../../components/Checkbox';
import { TextField } from '../../components/TextField';
import { useKiosk } from '../../state/kiosk';
import { ChoiceGroup } from '../ChoiceGroup';
import { SIGNUP_MODES } from '../choices';
import { issuesUnder, refusal } from '../issues';
import { Notice } from '../Notice';
import { useConsole } from '../session';
import { LanguageName } from '../LanguageName';
import { languageLabel, Localized, useLanguage } from '../../i18n/language';
import { DatePicker } from './DatePicker';
import { checkEventForm, toForm, toPatch, type EventForm } from './event-form';
import { TimePicker } from './TimePicker';
import './event-panel.css';

const LIMITS = { min: IDLE_SECONDS_MIN, max: IDLE_SECONDS_MAX, callMin: CALL_IDLE_SECONDS_MIN / 60, callMax: CALL_IDLE_SECONDS_MAX / 60 };

/**
 * The event's settings: first what visitors and the printed papers say (its name in each language,
 * the day by calendar, the start time, the place), then how the kiosk behaves. Saved ones apply to
 * the kiosk at once (its next screen); Save stays at the bottom of the screen.
 */
export function EventPanel() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { call } = useConsole();
  const { event, content, reload } = useKiosk();
  const [form, setForm] = useState<EventForm>(() => toForm(event));
  const [errors, setErrors] = useState<Record<string, string>>({});
  // `at` gives each message its own Notice, which scrolls into view when it appears.
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string; at: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const update = <K extends keyof EventForm>(key: K, value: EventForm[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setMessage(null);
  };
  const languageName = (l: Language) => languageLabel(l, language);

  const save = async () => {
    const problems = checkEventForm(form);
    const texts = Object.fromEntries(Object.entries(problems).map(([field, reason]) => [field, t(`console.event.errors.${reason}`, LIMITS)]));
    setErrors(texts);
    if (Object.keys(texts).length > 0) return setMessage({ kind: 'error', text: t('console.event.fix'), at: Date.now() });
    setBusy(true);
    try {
      const saved = await call('event.update', toPatch(form));
      setForm(toForm(saved));
      await reload();
      setMessage({ kind: 'ok', text: t('console.event.saved'), at: Date.now() });
    } catch (e) {
      const { message: text, issues } = refusal(e);
      setErrors(issuesUnder(issues, ''));
      setMessage({ kind: 'error', text, at: Date.now() });
    } finally {
      setBusy(false);
    }
  };

  // At least one language; the default follows when its own language is turned off.
  const toggleLanguage = (l: Language, on: boolean) => {
    const languages = LANGUAGES.filter((other) => (other === l ? on : form.languages.includes(other)));
    if (languages.length === 0) return;
    setForm((f) => ({ ...f, languages, defaultLanguage: languages.includes(f.defaultLanguage) ? f.defaultLanguage : (languages[0] ?? f.defaultLanguage) }));
    setMessage(null);
  };

  const toggleSection = (id: string, visible: boolean) =>
    update('hiddenSections', visible ? form.hiddenSections.filter((s) => s !== id) : [...form.hiddenSections, id]);

  return (
    <section aria-labelledby="event-heading" className="event-panel">
      <h2 id="event-heading">{t('console.event.heading')}</h2>
      <fieldset className="panel">
        <legend>{t('console.event.about')}</legend>
        <p className="field__hint">{t('console.event.aboutHint')}</p>
        <div className="field-row">
          {/* English always (the name's fallback), and each language the kiosk offers. */}
          {LANGUAGES.filter((l) => l === SOURCE_LANGUAGE || form.languages.includes(l)).map((l) => (
            <TextField
              key={l}
              label={t('console.event.nameIn', { language: languageName(l) })}
              hint={l === SOURCE_LANGUAGE ? undefined : t('console.event.nameInHint', { language: languageName(l) })}
              value={form.names[l]}
              onChange={(v) => update('names', { ...form.names, [l]: v })}
              layout="prose"
              maxLength={120}
              required={l === SOURCE_LANGUAGE}
              error={errors[`names.${l}`] ?? (l === SOURCE_LANGUAGE ? errors.name : undefined)}
              testId={`event-name-${l}`}
            />
          ))}
        </div>
        <TextField label={t('console.event.place')} hint={t('console.event.optional')} value={form.place} onChange={(v) => update('place', v)} layout="prose" maxLength={160} error={errors.place} testId="event-place" />
      </fieldset>
      <div className="event-panel__when">
        <DatePicker label={t('console.event.date')} value={form.date} onChange={(v) => update('date', v)} language={language} testId="event-date" />
        <TimePicker label={t('console.event.startTime')} value={form.startTime} onChange={(v) => update('startTime', v)} language={language} testId="event-time" />
      </div>
      <fieldset className="panel">
        <legend>{t('console.event.timing')}</legend>
        <div className="field-row">
          <TextField label={t('console.event.idle')} hint={t('console.event.idleHint', LIMITS)} value={form.idleSeconds} onChange={(v) => update('idleSeconds', v)} layout="numeric" maxLength={3} error={errors.idleSeconds} testId="event-idle" />
          <TextField label={t('console.event.callIdle')} hint={t('console.event.callIdleHint', LIMITS)} value={form.callIdleSeconds} onChange={(v) => update('callIdleSeconds', v)} layout="numeric" maxLength={3} error={errors.callIdleSeconds} testId="event-call-idle" />
        </div>
      </fieldset>
      <ChoiceGroup
        legend={t('console.event.signupMode')}
        value={form.signupMode}
        onChange={(v) => update('signupMode', v)}
        options={SIGNUP_MODES.map((mode) => ({ value: mode, label: t(`console.event.modes.${mode}.name`), description: t(`console.event.modes.${mode}.description`) }))}
        testId="event-mode"
      />
      <ChoiceGroup
        legend={t('console.event.region')}
        hint={t('console.event.regionHint')}
        value={form.region}
        onChange={(v) => update('region', v)}
        options={REGIONS.map((region) => ({ value: region, label: t(`regions.${region}`) }))}
        testId="event-region"
        columns
      />
      <fieldset className="panel" data-testid="event-languages">
        <legend>{t('console.event.languages')}</legend>
        <p className="field__hint">{t('console.event.languagesHint')}</p>
        <div className="choices__grid">
          {LANGUAGES.map((l) => (
            <Checkbox key={l} checked={form.languages.includes(l)} onChange={(on) => toggleLanguage(l, on)} testId={`event-languages-${l}`}>
              <LanguageName language={l} uiLanguage={language} />
            </Checkbox>
          ))}
        </div>
        {errors.languages && <p className="form-error">{errors.languages}</p>}
      </fieldset>
      <ChoiceGroup
        legend={t('console.event.defaultLanguage')}
        hint={t('console.event.defaultLanguageHint')}
        value={form.defaultLanguage}
        onChange={(v) => update('defaultLanguage', v)}
        options={form.languages.map((l) => ({ value: l, label: languageName(l) }))}
        testId="event-language"
        columns
      />
      <fieldset className="panel">
        <legend>{t('console.event.homeScreen')}</legend>
        <Checkbox checked={form.showCallCount} onChange={(on) => update('showCallCount', on)} testId="event-show-call-count">
          {t('console.event.showCallCount')}
        </Checkbox>
        <p className="field__hint">{t('console.event.showCallCountHint')}</p>
      </fieldset>
      <fieldset className="panel">
        <legend>{t('console.event.sections')}</legend>
        <p className="field__hint">{t('console.event.sectionsHint')}</p>
        {content.sections.map((section) => (
          <Checkbox key={section.id} checked={!form.hiddenSections.includes(section.id)} onChange={(on) => toggleSection(section.id, on)} testId={`event-section-${section.id}`}>
            <Localized text={section.title} />
          </Checkbox>
        ))}
        {errors.hiddenSections && <p className="form-error">{errors.hiddenSections}</p>}
      </fieldset>
      <div className="save-bar">
        {message && (
          <Notice key={message.at} kind={message.kind} testId="event-message">
            {message.text}
          </Notice>
        )}
        <button type="button" className="button button--large" onClick={() => void save()} disabled={busy} data-testid="event-save">
          {t('console.event.save')}
        </button>
      </div>
    </section>
  );
}
