import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConsentRecord, SignupRecord } from '../../common/contract';
import { formatPhone } from '../format';
import { ConfirmDialog } from './ConfirmDialog';
import { dateTime } from './format';
import { Notice } from './Notice';
import { errorMessage, useConsole } from './session';
import { languageLabel, useLanguage } from '../i18n/language';

/** One person's sign-up: every field and each consent exactly as recorded; delete it for good. */
export function SignupDetail({ id, onBack, onDeleted }: { id: string; onBack(): void; onDeleted(name: string): void }) {
  const { t, i18n } = useTranslation();
  const uiLanguage = useLanguage();
  const { call } = useConsole();
  const [record, setRecord] = useState<SignupRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    call('signups.get', { id })
      .then((result) => live && setRecord(result))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [call, id]);

  const name = record ? [record.firstName, record.lastName].filter(Boolean).join(' ') : '';
  const remove = async () => {
    setBusy(true);
    try {
      await call('signups.delete', { id });
      onDeleted(name);
    } catch (e) {
      setBusy(false);
      setConfirming(false);
      setError(errorMessage(e));
    }
  };
  const organizationName = (consent: ConsentRecord) =>
    record?.organizations.find((o) => o.id === consent.organizationId)?.name ?? consent.organizationId ?? '';
  const consentKind = (consent: ConsentRecord) =>
    consent.kind === 'share' ? t('console.signup.consent.share', { organization: organizationName(consent) }) : t(`console.signup.consent.${consent.kind}`);
  const none = t('console.signup.none');

  return (
    <section aria-labelledby="signup-detail-heading" data-testid="signup-detail">
      <button type="button" className="button button--outline" onClick={onBack} data-testid="signup-back">
        {t('console.signup.back')}
      </button>
      {error && <Notice kind="error">{error}</Notice>}
      {record && (
        <>
          <h2 id="signup-detail-heading">{name}</h2>
          <dl className="details">
            <dt>{t('console.signup.createdAt')}</dt>
            <dd>{dateTime(record.createdAt, i18n.language, true)}</dd>
            <dt>{t('console.signup.language')}</dt>
            <dd>{languageLabel(record.language, uiLanguage)}</dd>
            <dt>{t('console.signup.firstName')}</dt>
            <dd>{record.firstName}</dd>
            <dt>{t('console.signup.lastName')}</dt>
            <dd>{record.lastName ?? none}</dd>
            <dt>{t('console.signup.email')}</dt>
            <dd>{record.email ?? none}</dd>
            <dt>{t('console.signup.phone')}</dt>
            <dd>{record.phone ? formatPhone(record.phone) : none}</dd>
            <dt>{t('console.signup.zip')}</dt>
            <dd>{record.zip ?? none}</dd>
            <dt>{t('console.signup.organizations')}</dt>
            <dd>{record.organizations.map((o) => o.name).join(', ') || none}</dd>
          </dl>
          <h3>{t('console.signup.consents')}</h3>
          <div className="table-wrap">
            <table className="table" data-testid="consent-table">
              <thead>
                <tr>
                  <th scope="col">{t('console.signup.consent.kind')}</th>
                  <th scope="col">{t('console.signup.consent.answer')}</th>
                  <th scope="col">{t('console.signup.consent.text')}</th>
                  <th scope="col">{t('console.signup.consent.language')}</th>
                  <th scope="col">{t('console.signup.consent.time')}</th>
                  <th scope="col">{t('console.signup.consent.method')}</th>
                </tr>
              </thead>
              <tbody>
                {record.consents.map((consent, i) => (
                  <tr key={i} data-testid="consent-row">
                    <td>{consentKind(consent)}</td>
                    <td className={consent.granted ? 'yes' : 'no'}>{consent.granted ? t('console.signup.consent.granted') : t('console.signup.consent.refused')}</td>
                    <td lang={consent.language}>{consent.text}</td>
                    <td>{languageLabel(consent.language, uiLanguage)}</td>
                    <td>{dateTime(consent.recordedAt, i18n.language, true)}</td>
                    <td>{consent.method}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button type="button" className="button button--danger" onClick={() => setConfirming(true)} data-testid="signup-delete">
              {t('console.signup.delete')}
            </button>
          </div>
          {confirming && (
            <ConfirmDialog title={t('console.signup.deleteTitle', { name })} confirmLabel={t('console.signup.deleteYes')} onConfirm={() => void remove()} onCancel={() => setConfirming(false)} busy={busy} testId="confirm-delete">
              <p>{t('console.signup.deleteText')}</p>
            </ConfirmDialog>
          )}
        </>
      )}
    </section>
  );
}
