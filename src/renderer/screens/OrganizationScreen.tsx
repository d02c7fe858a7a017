import { useTranslation } from 'react-i18next';
import { QrCode } from '../components/QrCode';
import { TopBar } from '../components/TopBar';
import { displayUrl, formatPhone } from '../format';
import { useKiosk } from '../state/kiosk';
import { useNavigation } from '../state/navigation';

/** One organization: what they do, what you can do, their site as text and QR code. */
export function OrganizationScreen({ id }: { id: string }) {
  const { t } = useTranslation();
  const { content, event, language } = useKiosk();
  const { go } = useNavigation();
  const org = content.organizations.find((o) => o.id === id);
  if (!org) return null;
  return (
    <div className="screen">
      <TopBar />
      <main className="org-page">
        <h1 lang="en">{org.name}</h1>
        <p className="lead">{org.summary[language]}</p>
        <p className="org-page__where">
          {[org.location?.[language], ...org.regions.map((r) => t(`regions.${r}`))].filter(Boolean).join(' · ')}
        </p>
        <div className="org-page__body">
          <div className="org-page__text">
            <h2>{t('organization.about')}</h2>
            <p>{org.description[language]}</p>
            <h2>{t('organization.howToHelp')}</h2>
            <p>{org.howToHelp[language]}</p>
            {org.phone && (
              <p className="org-page__phone">
                <strong>{org.phoneLabel?.[language] ?? t('organization.phone')}:</strong> {formatPhone(org.phone)}
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
