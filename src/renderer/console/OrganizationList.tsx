import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../common/content';
import { FEATURED_MAX } from '../../common/event';
import { featuredFirst } from '../../common/event-organizations';
import { useKiosk } from '../state/kiosk';
import { Notice } from './Notice';
import { errorMessage, useConsole } from './session';
import { useLanguage } from '../i18n/language';
import { pick } from '../../common/localized';

type Visibility = 'featured' | 'shown' | 'hidden';
const VISIBILITIES: Visibility[] = ['featured', 'shown', 'hidden'];

/**
 * The content's organizations as this event shows them: each one featured (first everywhere:
 * kiosk lists, the sign-up form, the flyer, the paper sheet), shown, or hidden at this event. A
 * tap saves it to the event at once; the content itself keeps every organization.
 */
export function OrganizationList({ onEdit }: { onEdit(index: number): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { call } = useConsole();
  const { content, event, reload } = useKiosk();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const known = new Set(content.organizations.map((o) => o.id));
  // Ids of organizations no longer in the content are dropped (core would refuse them).
  const featured = event.featuredOrganizations.filter((id) => known.has(id));
  const hidden = event.hiddenOrganizations.filter((id) => known.has(id));
  const visibility = (o: Organization): Visibility => (featured.includes(o.id) ? 'featured' : hidden.includes(o.id) ? 'hidden' : 'shown');

  const choose = async (o: Organization, next: Visibility) => {
    setBusy(true);
    setError(null);
    try {
      const others = (list: string[]) => list.filter((id) => id !== o.id);
      await call('event.update', {
        featuredOrganizations: next === 'featured' ? [...others(featured), o.id] : others(featured),
        hiddenOrganizations: next === 'hidden' ? [...others(hidden), o.id] : others(hidden),
      });
      await reload();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const sectionTitle = (id: string) => pick(content.sections.find((s) => s.id === id)?.title ?? { en: id }, language);
  const ordered = featuredFirst(content.organizations, { ...event, featuredOrganizations: featured });
  return (
    <>
      <p className="field__hint">{t('console.content.visibilityHint', { count: FEATURED_MAX })}</p>
      {error && <Notice kind="error">{error}</Notice>}
      <ul className="edit-list" data-testid="content-organizations">
        {ordered.map((o) => (
          <li key={o.id} data-testid={`organization-${o.id}`} data-visibility={visibility(o)}>
            <span>
              <span className="edit-list__name">{o.name}</span>
              <span className="edit-list__meta">
                {sectionTitle(o.sectionId)} · {o.regions.map((r) => t(`regions.${r}`)).join(', ')}
              </span>
            </span>
            <span className="edit-list__actions">
              <span className="chips" role="group" aria-label={t('console.content.visibilityLabel', { name: o.name })}>
                {VISIBILITIES.map((v) => (
                  <button
                    key={v}
                    type="button"
                    className={`chip${visibility(o) === v ? ' chip--on' : ''}`}
                    aria-pressed={visibility(o) === v}
                    disabled={busy || (v === 'featured' && visibility(o) !== 'featured' && featured.length >= FEATURED_MAX)}
                    onClick={() => void choose(o, v)}
                    data-testid={`organization-${o.id}-${v}`}
                  >
                    {t(`console.content.visibility.${v}`)}
                  </button>
                ))}
              </span>
              <button type="button" className="button button--outline" aria-label={t('console.content.editLabel', { name: o.name })} onClick={() => onEdit(content.organizations.indexOf(o))} data-testid={`edit-organization-${o.id}`}>
                {t('console.content.edit')}
              </button>
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
