/**
 * Which of the content pack's organizations this event shows, and in what order: one answer for
 * the kiosk's lists, the sign-up form, the flyer, the directory and the paper sheet. The pack is
 * the organizer's library; the event hides some, and features some first.
 */
import type { ContentPack, Organization, Region } from './content';
import type { EventSettings } from './event';

type EventChoices = Pick<EventSettings, 'hiddenSections' | 'hiddenOrganizations' | 'featuredOrganizations' | 'region'>;

/** The organizations a visitor can see at this event: not hidden, nor in a hidden section. */
export function shownOrganizations(pack: Pick<ContentPack, 'organizations'>, event: EventChoices): Organization[] {
  const hiddenSections = new Set(event.hiddenSections);
  const hidden = new Set(event.hiddenOrganizations);
  return pack.organizations.filter((o) => !hidden.has(o.id) && !hiddenSections.has(o.sectionId));
}

/** 0 for the event's region, 1 nationwide, 2 anywhere else. */
export function regionRank(regions: readonly Region[], eventRegion: Region): number {
  return regions.includes(eventRegion) ? 0 : regions.includes('nationwide') ? 1 : 2;
}

/**
 * Featured first (in the organizer's order), then the event's region, then nationwide ones, then
 * the rest; the pack's order otherwise (a stable sort).
 */
export function featuredFirst(organizations: readonly Organization[], event: EventChoices): Organization[] {
  const featured = new Map(event.featuredOrganizations.map((id, i) => [id, i]));
  const rank = (o: Organization) => {
    const place = featured.get(o.id);
    return place !== undefined ? place - featured.size : regionRank(o.regions, event.region);
  };
  return [...organizations].sort((a, b) => rank(a) - rank(b));
}

/**
 * The sign-up form's share choices: the featured ones and those of the event's own region first,
 * the others behind "more". `from` (the organization whose page led to the form) is always first.
 */
export function shareChoices(organizations: readonly Organization[], event: EventChoices, from?: string): { first: Organization[]; more: Organization[] } {
  const ordered = featuredFirst(organizations, event);
  const isFirst = (o: Organization) => o.id === from || event.featuredOrganizations.includes(o.id) || o.regions.includes(event.region);
  const origin = ordered.filter((o) => o.id === from);
  return {
    first: [...origin, ...ordered.filter((o) => o.id !== from && isFirst(o))],
    more: ordered.filter((o) => !isFirst(o)),
  };
}

/**
 * The paper sheet's numbered key (number = index + 1): what this event shows, featured first. The
 * console's paper entry numbers them the same way, from the same event and pack.
 */
export function sheetOrganizations(pack: Pick<ContentPack, 'organizations'>, event: EventChoices): Organization[] {
  return featuredFirst(shownOrganizations(pack, event), event);
}
