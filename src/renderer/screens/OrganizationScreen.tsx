import { useTranslation } from 'react-i18next';
import { QrCode } from '../components/QrCode';
import { TopBar } from '../components/TopBar';
import { displayUrl, formatPhone } from '../format';
import { useKiosk } from '../state/kiosk';
import { useNavigation } from '../state/navigation';
import { Localized } from '../i18n/language';

/** One organization: what they do, what you can do, their site as text and QR code. */
export function OrganizationScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const { content, event } = useKiosk();
  const { go } = useNavigation();
  const org = content.organizations.find((o) => o.id === id);
  if (!org) return null;
  return (
    <div className="screen">
      <TopBar />
      <main className="org-page">
        <h1 lang="en">{org.name}</h1>
        <Localized as="p" className="lead" text={org.summary} />
        <p className="org-page__where">
          {org.location && (
            <>
              <Localized text={org.location} />
              {' · '}
            </>
          )}
          {org.regions.map((r) => t(`regions.${r}`)).join(' · ')}
        </p>
        <div className="org-page__body">
          <div className="org-page__text">
            <h2>{t('organization.about')}</h2>
            <Localized as="p" text={org.description} />
            <h2>{t('organization.howToHelp')}</h2>
            <Localized as="p" text={org.howToHelp} />
            {org.phone && (
              <p className="org-page__phone">
                <strong>{org.phoneLabel ? <Localized text={org.phoneLabel} /> : t('organization.phone')}:</strong> {formatPhone(org.phone)}
              </p>
            )}
          </div>
          {org.url && (
            <aside className="org-page__qr">
              <QrCode value={org.url} label={t('organization.qrLabel', { url: displayUrl(org.url) })} />
              <p className="org-page__url">{displayUrl(org.url)}</p>
              <p>{t('organization.scan')}</p>
            </aside>
          )}
        </div>
        {event.signupMode !== 'browse-only' && (
          <button
            type="button"
            className="button button--large button--block"
            onClick={() => go({ name: 'signup', organizationId: org.id })}
            data-testid="keep-me-informed"
          >
            {t('organization.keepMeInformed')}
          </button>
        )}
      </main>
    </div>
  );
}
