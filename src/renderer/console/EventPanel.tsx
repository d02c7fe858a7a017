import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, REGIONS } from '../../common/constants';
import type { Language, Region } from '../../common/content';
import { IDLE_SECONDS_MAX, IDLE_SECONDS_MIN, type EventPatch, type EventSettings, type SignupMode } from '../../common/event';
import { Checkbox } from '../components/Checkbox';
import { TextField } from '../components/TextField';
import { useKiosk } from '../state/kiosk';
import { ChoiceGroup } from './ChoiceGroup';
import { SIGNUP_MODES } from './choices';
import { issuesUnder, refusal } from './issues';
import { Notice } from './Notice';
import { useConsole } from './session';
import { LanguageName } from './LanguageName';
import { languageLabel, Localized, useLanguage } from '../i18n/language';

const IDLE_MIN = IDLE_SECONDS_MIN;
const IDLE_MAX = IDLE_SECONDS_MAX;

interface Form {
  name: string;
  date: string;
  place: string;
  region: Region;
  idleSeconds: string;
  defaultLanguage: Language;
  languages: Language[];
  hiddenSections: string[];
  signupMode: SignupMode;
  showCallCount: boolean;
}

const toForm = (event: EventSettings): Form => ({
  name: event.name,
  date: event.date ?? '',
  place: event.place ?? '',
  region: event.region,
  idleSeconds: String(event.idleSeconds),
  defaultLanguage: event.defaultLanguage,
  languages: [...event.languages],
  hiddenSections: event.hiddenSections,
  signupMode: event.signupMode,
  showCallCount: event.showCallCount,
});

/** The form's own checks, so most mistakes are shown before asking core (which checks again). */
function check(form: Form): Record<string, 'required' | 'date' | 'idle'> {
  const problems: Record<string, 'required' | 'date' | 'idle'> = {};
  if (!form.name.trim()) problems.name = 'required';
  const date = form.date.trim();
  if (date && (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`)))) problems.date = 'date';
  const idle = Number(form.idleSeconds);
  if (!/^\d+$/.test(form.idleSeconds.trim()) || idle < IDLE_MIN || idle > IDLE_MAX) problems.idleSeconds = 'idle';
  return problems;
}

/** The event's settings; saved ones apply to the kiosk at once (its next screen). */
export function EventPanel() {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const { call } = useConsole();
  const { event, content, reload } = useKiosk();
  const [form, setForm] = useState<Form>(() => toForm(event));
  const [errors, setErrors] = useState<Record<string, string>>({});
  // `at` gives each message its own Notice, which scrolls into view when it appears.
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string; at: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const update = <K extends keyof Form>(key: K, value: Form[K]) => {
    setForm((f) => ({ ...f, [key]: value }));
    setMessage(null);
  };

  const save = async () => {
    const problems = check(form);
    const texts = Object.fromEntries(
      Object.entries(problems).map(([field, reason]) => [field, t(`console.event.errors.${reason}`, { min: IDLE_MIN, max: IDLE_MAX })]),
    );
    setErrors(texts);
    if (Object.keys(texts).length > 0) return setMessage({ kind: 'error', text: t('console.event.fix'), at: Date.now() });
    const patch: EventPatch = {
      name: form.name.trim(),
      date: form.date.trim() || null,
      place: form.place.trim() || null,
      region: form.region,
      idleSeconds: Number(form.idleSeconds),
      defaultLanguage: form.defaultLanguage,
      languages: form.languages,
      hiddenSections: form.hiddenSections,
      signupMode: form.signupMode,
      showCallCount: form.showCallCount,
    };
    setBusy(true);
    try {
      const saved = await call('event.update', patch);
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
  const toggleLanguage = (language: Language, on: boolean) => {
    const languages = LANGUAGES.filter((l) => (l === language ? on : form.languages.includes(l)));
    if (languages.length === 0) return;
    setForm((f) => ({ ...f, languages, defaultLanguage: languages.includes(f.defaultLanguage) ? f.defaultLanguage : (languages[0] ?? f.defaultLanguage) }));
    setMessage(null);
  };

  const toggleSection = (id: string, visible: boolean) =>
    update('hiddenSections', visible ? form.hiddenSections.filter((s) => s !== id) : [...form.hiddenSections, id]);

  return (
    <section aria-labelledby="event-heading">
      <h2 id="event-heading">{t('console.event.heading')}</h2>
      <fieldset className="panel">
        <legend>{t('console.event.about')}</legend>
        <TextField label={t('console.event.name')} value={form.name} onChange={(v) => update('name', v)} layout="prose" maxLength={120} required error={errors.name} testId="event-name" />
        <div className="field-row">
          <TextField label={t('console.event.date')} hint={t('console.event.dateHint')} value={form.date} onChange={(v) => update('date', v)} layout="email" maxLength={10} error={errors.date} testId="event-date" />
          <TextField label={t('console.event.idle')} hint={t('console.event.idleHint', { min: IDLE_MIN, max: IDLE_MAX })} value={form.idleSeconds} onChange={(v) => update('idleSeconds', v)} layout="numeric" maxLength={3} error={errors.idleSeconds} testId="event-idle" />
        </div>
        <TextField label={t('console.event.place')} hint={t('console.event.optional')} value={form.place} onChange={(v) => update('place', v)} layout="prose" maxLength={160} error={errors.place} testId="event-place" />
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
          {LANGUAGES.map((language) => (
            <Checkbox key={language} checked={form.languages.includes(language)} onChange={(on) => toggleLanguage(language, on)} testId={`event-languages-${language}`}>
              <LanguageName language={language} uiLanguage={uiLanguage} />
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
        options={form.languages.map((l) => ({ value: l, label: languageLabel(l, uiLanguage) }))}
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
      {message && (
        <Notice key={message.at} kind={message.kind} testId="event-message">
          {message.text}
        </Notice>
      )}
      <button type="button" className="button button--large" onClick={() => void save()} disabled={busy} data-testid="event-save">
        {t('console.event.save')}
      </button>
    </section>
  );
}
