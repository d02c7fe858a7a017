import { useTranslation } from 'react-i18next';
import type { Organization } from '../../common/content';
import { useKiosk } from '../state/kiosk';

export function OrganizationCard({ organization }: { organization: Organization }) {
  const { t } = useTranslation();
  const { language } = useKiosk();
  return (
    <article className="org-card" data-testid="org-card" data-org-id={organization.id}>
      <h3 className="org-card__name" lang="en">
        {organization.name}
      </h3>
      <p className="org-card__summary">{organization.summary[language]}</p>
      <p className="org-card__meta">{organization.regions.map((region) => t(`regions.${region}`)).join(' · ')}</p>
    </article>
  );
}
