import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../common/languages';
import { sheetOrganizations } from '../../../common/event-organizations';
import { ApiCallError } from '../../api/client';
import { Checkbox } from '../../components/Checkbox';
import { TextField } from '../../components/TextField';
import { checkForm, emptyForm, newClientId, type FormErrors, type SignupForm } from '../../screens/signup-form';
import { useKiosk } from '../../state/kiosk';
import { Notice } from '../Notice';
import { languageLabel, useLanguage } from '../../i18n/language';
import { errorMessage, useConsole } from '../session';
import { organizationsByNumber, paperArgs, type Sheet } from './paper-row';
import './paper.css';

/** The sheets the print tab makes: one language, or English and another. */
const SHEETS: Sheet[] = [...LANGUAGES.map((language) => ({ language, secondLanguage: null })), ...LANGUAGES.filter((l) => l !== 'en').map((l) => ({ language: 'en' as Language, secondLanguage: l }))];
const sheetKey = (sheet: Sheet) => (sheet.secondLanguage ? `${sheet.language}+${sheet.secondLanguage}` : sheet.language);

/**
 * Paper sign-ups come back in: the rows of a printed sheet, typed in one after the other (Enter
 * saves a row with a real keyboard). Each row is saved as the kiosk saves a sign-up (sealed when
 * there is a data key: no unlock needed), with the consent method "paper sheet" and the texts
 * that sheet printed. Nothing typed stays on screen once saved.
 */
export function PaperPanel() {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const { call } = useConsole();
  const { content, event } = useKiosk();
  const [sheet, setSheet] = useState<Sheet>({ language: event.defaultLanguage, secondLanguage: null });
  const [personLanguage, setPersonLanguage] = useState<Language>(event.defaultLanguage);
  const [form, setForm] = useState<SignupForm>(emptyForm());
  const [numbers, setNumbers] = useState('');
  const [errors, setErrors] = useState<FormErrors>({});
  const [saved, setSaved] = useState(0);
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const clientId = useRef(newClientId());
  const numbered = sheetOrganizations(content, event);
  const { chosen, unknown } = organizationsByNumber(numbers, numbered);

  const update = <K extends keyof SignupForm>(key: K, value: SignupForm[K]) => {
    clientId.current = newClientId();
    setForm((f) => ({ ...f, [key]: value }));
  };
  const chooseSheet = (next: Sheet) => {
    setSheet(next);
    setPersonLanguage(next.language);
  };
  const errorText = (field: string) => {
    const reason = errors[field];
    return reason ? t(`signup.errors.${reason}`) : undefined;
  };

  const save = async () => {
    const row = { ...form, organizationIds: chosen.map((o) => o.id) };
    const problems = checkForm(row);
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0 || unknown.length > 0) return;
    setBusy(true);
    try {
      await call('signups.addPaper', paperArgs(row, sheet, personLanguage, clientId.current));
      setSaved((n) => n + 1);
      setForm(emptyForm());
      setNumbers('');
      clientId.current = newClientId();
      document.querySelector<HTMLInputElement>('[data-testid="paper-first-name"]')?.focus();
    } catch (e) {
      if (e instanceof ApiCallError && e.code === 'invalid_argument' && e.error.issues) {
        setErrors(Object.fromEntries(e.error.issues.map((i) => [i.path.split('.')[0] ?? i.path, i.reason])) as FormErrors);
      } else setFailure(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="paper-heading" className="paper">
      <h2 id="paper-heading">{t('console.paper.heading')}</h2>
      <p>{t('console.paper.intro')}</p>
      <fieldset className="panel choice">
        <legend>{t('console.paper.sheet')}</legend>
        <div className="chips">
          {SHEETS.map((s) => (
            <button key={sheetKey(s)} type="button" className={`chip${sheetKey(s) === sheetKey(sheet) ? ' chip--on' : ''}`} aria-pressed={sheetKey(s) === sheetKey(sheet)} onClick={() => chooseSheet(s)} data-testid={`paper-sheet-${sheetKey(s)}`}>
              {[s.language, s.secondLanguage].filter((l): l is Language => Boolean(l)).map((l) => languageLabel(l, uiLanguage)).join(' + ')}
            </button>
          ))}
        </div>
      </fieldset>
      {saved > 0 && (
        <Notice key={saved} kind="ok" testId="paper-saved">
          {t('console.paper.saved', { count: saved })}
        </Notice>
      )}
      <form
        className="panel paper__row"
        noValidate
        autoComplete="off"
        aria-label={t('console.paper.row', { number: saved + 1 })}
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <h3>{t('console.paper.row', { number: saved + 1 })}</h3>
        {sheet.secondLanguage && (
          <div className="chips" role="group" aria-label={t('console.paper.personLanguage')}>
            <span className="field__label">{t('console.paper.personLanguage')}</span>
            {[sheet.language, sheet.secondLanguage].map((l) => (
              <button key={l} type="button" className={`chip${personLanguage === l ? ' chip--on' : ''}`} aria-pressed={personLanguage === l} onClick={() => setPersonLanguage(l)} data-testid={`paper-language-${l}`}>
                {languageLabel(l, uiLanguage)}
              </button>
            ))}
          </div>
        )}
        <div className="field-row">
          <TextField label={t('console.signup.firstName')} value={form.firstName} onChange={(v) => update('firstName', v)} required error={errorText('firstName')} testId="paper-first-name" />
          {event.signupMode === 'standard' && <TextField label={t('console.signup.lastName')} value={form.lastName} onChange={(v) => update('lastName', v)} error={errorText('lastName')} testId="paper-last-name" />}
        </div>
        {errors.contact && <p className="form-error">{t('signup.errors.email_or_phone_required')}</p>}
        <div className="field-row">
          <TextField label={t('console.signup.email')} type="email" layout="email" maxLength={254} value={form.email} onChange={(v) => update('email', v)} error={errorText('email')} testId="paper-email" />
          <TextField label={t('console.signup.phone')} type="tel" layout="phone" maxLength={20} value={form.phone} onChange={(v) => update('phone', v)} error={errorText('phone')} testId="paper-phone" />
          <TextField label={t('console.signup.zip')} layout="numeric" maxLength={5} value={form.zip} onChange={(v) => update('zip', v)} error={errorText('zip')} testId="paper-zip" />
        </div>
        <div className="paper__ticks">
          <Checkbox checked={form.consentEmail} onChange={(on) => update('consentEmail', on)} testId="paper-consent-email">
            {t('console.paper.emailOk')}
          </Checkbox>
          <Checkbox checked={form.consentSms} onChange={(on) => update('consentSms', on)} testId="paper-consent-sms">
            {t('console.paper.textsOk')}
          </Checkbox>
        </div>
        {(errors.consentEmail || errors.consentSms || errors.consent) && (
          <p className="form-error" role="alert">
            {t(`signup.errors.${errors.consentEmail ? 'consent_needs_email' : errors.consentSms ? 'consent_needs_phone' : 'consent_required'}`)}
          </p>
        )}
        <TextField
          label={t('console.paper.numbers')}
          hint={t('console.paper.numbersHint')}
          layout="prose"
          maxLength={60}
          value={numbers}
          onChange={(v) => {
            clientId.current = newClientId();
            setNumbers(v);
          }}
          error={unknown.length ? t('console.paper.unknownNumbers', { list: unknown.join(', ') }) : errors.organizationIds ? t('signup.errors.unknown_organization') : undefined}
          testId="paper-numbers"
        />
        {chosen.length > 0 && (
          <p className="paper__chosen" data-testid="paper-chosen">
            {chosen.map((o) => o.name).join(' · ')}
          </p>
        )}
        {failure && <Notice kind="error">{failure}</Notice>}
        <button type="submit" className="button button--large" disabled={busy} data-testid="paper-save">
          {t('console.paper.save')}
        </button>
      </form>
      <details className="panel paper__key" open>
        <summary>{t('console.paper.key')}</summary>
        <ol data-testid="paper-key">
          {numbered.map((o) => (
            <li key={o.id}>{o.name}</li>
          ))}
        </ol>
        <p className="field__hint">{t('console.paper.keyHint')}</p>
      </details>
    </section>
  );
}
