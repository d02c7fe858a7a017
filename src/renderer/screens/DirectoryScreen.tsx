import { useTranslation } from 'react-i18next';
import { LanguageButton } from '../components/LanguageButton';
import { OrganizationCard } from '../components/OrganizationCard';
import { formatDate } from '../i18n';
import { useKiosk } from '../state/kiosk';

/** Every section of the content pack with its organizations and scripts. */
export function DirectoryScreen() {
  const { t } = useTranslation();
  const { content, event, language } = useKiosk();
  const sections = content.sections.filter((s) => !event.hiddenSections.includes(s.id));
  return (
    <div className="screen directory">
      <header className="topbar">
        <p className="topbar__event">{event.name}</p>
        <LanguageButton />
      </header>
      <main>
        <h1>{content.title[language]}</h1>
        <p className="lead">{content.intro[language]}</p>
        {sections.map((section) => {
          const orgs = content.organizations.filter((o) => o.sectionId === section.id);
          const scripts = content.scripts.filter((s) => s.sectionId === section.id);
          return (
            <section key={section.id} className="section" data-testid="section" aria-labelledby={`section-${section.id}`}>
              <h2 id={`section-${section.id}`}>{section.title[language]}</h2>
              {section.intro && <p>{section.intro[language]}</p>}
              {orgs.length > 0 && (
                <div className="card-grid">
                  {orgs.map((org) => (
                    <OrganizationCard key={org.id} organization={org} />
                  ))}
                </div>
              )}
              {scripts.length > 0 && (
                <ul className="script-list">
                  {scripts.map((script) => (
                    <li key={script.id} data-testid="script-title">
                      {script.title[language]}
                    </li>
                  ))}
                </ul>
              )}
            </section>
          );
        })}
        <p className="footnote">{t('directory.contentAsOf', { date: formatDate(content.asOf, language) })}</p>
      </main>
    </div>
  );
}
