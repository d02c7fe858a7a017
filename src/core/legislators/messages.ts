/**
 * What the lookup says to a person, in their language (src/locales/<code>/legislators.json).
 * `{name}` placeholders are filled from the data (never from what the person typed, apart from a
 * ZIP code already checked to be digits).
 */
import type { Language } from '../../common/content';
import type legislatorsEn from '../../locales/en/legislators.json';
import { catalogText } from '../i18n/catalogs';
import { fillTemplate } from '../messages';

export type LegislatorMessage = keyof typeof legislatorsEn;

export function sentence(key: LegislatorMessage, language: Language, params: Record<string, string | number> = {}): string {
  return fillTemplate(catalogText('legislators', language, key), params);
}
