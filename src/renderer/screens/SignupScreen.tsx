import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiCallError, call } from '../api/client';
import { Checkbox } from '../components/Checkbox';
import { TextField } from '../components/TextField';
import { TopBar } from '../components/TopBar';
import { shareChoices } from '../../common/event-organizations';
import { useKiosk, useVisibleContent } from '../state/kiosk';
import { useNavigation } from '../state/navigation';
import { checkForm, emptyForm, newClientId, toSignupArgs, type FormErrors, type SignupForm } from './signup-form';
import { Localized } from '../i18n/language';

type Failure = 'storage_full' | 'signups_off' | 'unknown' | null;

/** The sign-up form: who you are, how to reach you, whom to share with, and two separate consents. */
export function SignupScreen({ organizationId }: { organizationId?: string | undefined }) {
  const { t } = useTranslation();
  const { content, event, language } = useKiosk();
  const { organizations } = useVisibleContent();
  const { replace } = useNavigation();
  const [form, setForm] = useState<SignupForm>(() => emptyForm(organizationId));
  const [errors, setErrors] = useState<FormErrors>({});
  const [checked, setChecked] = useState(false);
  const [saving, setSaving] = useState(false);
  const [failure, setFailure] = useState<Failure>(null);
  const [showAllOrgs, setShowAllOrgs] = useState(false);
  const [scrollToError, setScrollToError] = useState(0);
  const clientId = useRef(newClientId());

  // The featured ones and those of the event's region first; the rest behind "more".
  const choices = useMemo(() => shareChoices(organizations, event, organizationId), [organizations, event, organizationId]);
  const orgList = useMemo(() => [...choices.first, ...choices.more], [choices]);

  const update = <K extends keyof SignupForm>(key: K, value: SignupForm[K]) => {
    // Changed answers are a new attempt: a retry may only ever repeat exactly what was sent.
    clientId.current = newClientId();
    const next = { ...form, [key]: value };
    setForm(next);
    if (checked) setErrors(checkForm(next));
  };
  const toggleOrg = (id: string, on: boolean) =>
    update('organizationIds', on ? [...form.organizationIds, id] : form.organizationIds.filter((x) => x !== id));
  const errorText = (field: string) => {
    const reason = errors[field];
    return reason ? t(`signup.errors.${reason}`) : undefined;
  };

  const submit = async () => {
    setChecked(true);
    const problems = checkForm(form);
    setErrors(problems);
    setFailure(null);
    if (Object.keys(problems).length > 0) {
      setScrollToError((n) => n + 1);
      return;
    }
    setSaving(true);
    try {
      await call('signup.create', toSignupArgs(form, language, clientId.current, organizationId));
      replace({
        name: 'thanks',
        saved: {
          firstName: form.firstName.trim(),
          email: form.consentEmail,
          sms: form.consentSms,
          organizationNames: orgList.filter((o) => form.organizationIds.includes(o.id)).map((o) => o.name),
        },
      });
    } catch (error) {
      setSaving(false);
      if (error instanceof ApiCallError && error.code === 'invalid_argument' && error.error.issues) {
        setErrors(Object.fromEntries(error.error.issues.map((i) => [i.path.split('.')[0] ?? i.path, i.reason])) as FormErrors);
        setScrollToError((n) => n + 1);
      } else if (error instanceof ApiCallError && error.code === 'storage_full') setFailure('storage_full');
      else if (error instanceof ApiCallError && error.code === 'forbidden') setFailure('signups_off');
      else setFailure('unknown');
    }
  };

  // After the errors have rendered: bring the first one into view.
  useEffect(() => {
    if (scrollToError > 0) document.querySelector('[aria-invalid="true"], .form-error')?.scrollIntoView({ block: 'center' });
  }, [scrollToError]);

  const consents = content.consents;
  const visibleOrgs = showAllOrgs ? orgList : choices.first;
  return (
    <div className="screen">
      <TopBar />
      <main className="signup">
        <h1>{t('signup.heading')}</h1>
        <p className="lead">{t('signup.intro')}</p>
        <p className="privacy" data-testid="privacy">
          {t('signup.privacy')}
        </p>
        <form
          noValidate
          autoComplete="off"
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <fieldset className="panel">
            <legend>{t('signup.aboutYou')}</legend>
            <div className="field-row">
              <TextField label={t('signup.firstName')} value={form.firstName} onChange={(v) => update('firstName', v)} required error={errorText('firstName')} testId="first-name" />
              {event.signupMode === 'standard' && (
                <TextField label={t('signup.lastName')} hint={t('signup.optional')} value={form.lastName} onChange={(v) => update('lastName', v)} error={errorText('lastName')} testId="last-name" />
              )}
            </div>
          </fieldset>
          <fieldset className="panel">
            <legend>{t('signup.howToReach')}</legend>
            <p className={errors.contact ? 'form-error' : 'field__hint'} role={errors.contact ? 'alert' : undefined} data-testid="contact-hint">
              {errors.contact ? t('signup.errors.email_or_phone_required') : t('signup.emailOrPhone')}
            </p>
            <TextField label={t('signup.email')} type="email" layout="email" maxLength={254} value={form.email} onChange={(v) => update('email', v)} error={errorText('email')} testId="email" />
            <div className="field-row">
              <TextField label={t('signup.phone')} type="tel" layout="phone" maxLength={20} hint={t('signup.phoneHint')} value={form.phone} onChange={(v) => update('phone', v)} error={errorText('phone')} testId="phone" />
              <TextField label={t('signup.zip')} layout="numeric" maxLength={5} hint={t('signup.optional')} value={form.zip} onChange={(v) => update('zip', v)} error={errorText('zip')} testId="zip" />
            </div>
          </fieldset>
          <fieldset className="panel" data-testid="share">
            <legend>{t('signup.shareWith')}</legend>
            <p className="field__hint">{t('signup.shareHint')}</p>
            {visibleOrgs.map((org) => (
              <Checkbox key={org.id} checked={form.organizationIds.includes(org.id)} onChange={(on) => toggleOrg(org.id, on)} testId={`share-${org.id}`}>
                <Localized text={consents.share}>
                  {(share) =>
                    share.split('{organization}').map((piece, i) => (
                      <span key={i}>
                        {i > 0 && <strong lang="en">{org.name}</strong>}
                        {piece}
                      </span>
                    ))
                  }
                </Localized>
              </Checkbox>
            ))}
            {!showAllOrgs && choices.more.length > 0 && (
              <button type="button" className="button button--outline" onClick={() => setShowAllOrgs(true)} data-testid="more-orgs">
                {choices.first.length > 0 ? t('signup.moreOrganizations', { count: choices.more.length }) : t('signup.chooseOrganizations', { count: choices.more.length })}
              </button>
            )}
          </fieldset>
          <fieldset className="panel">
            <legend>{t('signup.consents')}</legend>
            <Checkbox checked={form.consentEmail} onChange={(on) => update('consentEmail', on)} testId="consent-email">
              <Localized text={consents.email} />
            </Checkbox>
            {errors.consentEmail && <p className="form-error" role="alert">{t('signup.errors.consent_needs_email')}</p>}
            <Checkbox checked={form.consentSms} onChange={(on) => update('consentSms', on)} testId="consent-sms">
              <Localized text={consents.sms} />
            </Checkbox>
            {errors.consentSms && <p className="form-error" role="alert">{t('signup.errors.consent_needs_phone')}</p>}
            {errors.consent && (
              <p className="form-error" role="alert" data-testid="consent-required">
                {t('signup.errors.consent_required')}
              </p>
            )}
          </fieldset>
          {errors.organizationIds && (
            <p className="banner banner--error" role="alert">
              {t('signup.errors.unknown_organization')}
            </p>
          )}
          {failure && (
            <p className="banner banner--error" role="alert" data-testid="save-failed">
              {t(`signup.failure.${failure}`)}
            </p>
          )}
          <button type="submit" className="button button--large button--block" disabled={saving} data-testid="submit">
            {saving ? t('signup.saving') : t('signup.submit')}
          </button>
        </form>
      </main>
    </div>
  );
}
