/** A new organization for the content pack: a blank draft, and an id made from its name. Pure. */
import { LANGUAGES } from '../../common/languages';
import type { ContentPack, LocalizedText, Organization, Region } from '../../common/content';

/** English only: a language left empty is left out of the pack (the kiosk then shows English). */
export const blankText = (): LocalizedText => ({ en: '' });

/** In the first organizations section, in the event's region; every text still to write. */
export function blankOrganization(pack: ContentPack, region: Region): Organization {
  const section = pack.sections.find((s) => s.kind === 'organizations');
  return { id: '', sectionId: section?.id ?? '', name: '', summary: blankText(), description: blankText(), howToHelp: blankText(), categories: [], regions: [region] };
}

/** "Pioneer Valley Workers Center" → "pioneer-valley-workers-center", unique among `taken`. */
export function organizationId(name: string, taken: ReadonlySet<string>): string {
  const base =
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56)
      .replace(/-+$/, '') || 'organization';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

/** An optional text in every language: kept when any language has one, else left out. */
export function optionalText(value: LocalizedText | undefined): LocalizedText | undefined {
  return value && LANGUAGES.some((l) => value[l]?.trim()) ? value : undefined;
}
