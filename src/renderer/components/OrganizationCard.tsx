import { useTranslation } from 'react-i18next';
import type { Organization } from '../../common/content';
import { Localized } from '../i18n/language';

/** One organization in a list: name, one line of what they do, where. Tapping opens its page. */
export function OrganizationCard({ organization, onOpen }: { organization: Organization; onOpen(): void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="org-card" onClick={onOpen} data-testid="org-card" data-org-id={organization.id}>
      <span className="org-card__name" lang="en">
        {organization.name}
      </span>
      <Localized className="org-card__summary" text={organization.summary} />
      <span className="org-card__meta">{organization.regions.map((region) => t(`regions.${region}`)).join(' · ')}</span>
    </button>
  );
}
