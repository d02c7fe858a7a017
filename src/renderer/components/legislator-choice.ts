/** The person a caller has chosen to call, in the words each script language needs. */
import type { Language } from '../../common/content';
import type { MemberOfCongress, Phone, StateLegislator } from '../../common/legislators';
import type { ScriptValues } from '../../common/script';

export interface LegislatorChoice {
  id: string;
  name: string;
  title: Record<Language, string>;
  chamber: Record<Language, string>;
  phone: Phone | null;
  /** Where that number rings, e.g. "Boston office". */
  phonePlace: string | null;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

const congressTitleKey = (member: MemberOfCongress) => `legislators.roles.${member.role}`;

export function fromCongress(member: MemberOfCongress, t: Translate, tIn: (lng: Language) => Translate): LegislatorChoice {
  const office = member.offices.find((o) => o.phone && o.phone.e164 === member.phone?.e164);
  const place =
    office?.kind === 'washington' ? t('legislators.office.washington') : office?.city ? t('legislators.office.district', { city: office.city }) : null;
  return {
    id: member.id,
    name: member.name,
    title: { en: tIn('en')(congressTitleKey(member)), es: tIn('es')(congressTitleKey(member)) },
    chamber: { en: tIn('en')(`legislators.chambers.${member.chamber}`), es: tIn('es')(`legislators.chambers.${member.chamber}`) },
    phone: member.phone,
    phonePlace: place,
  };
}

export function fromState(member: StateLegislator, t: Translate, tIn: (lng: Language) => Translate): LegislatorChoice {
  const role = member.chamber === 'senate' ? 'legislators.roles.stateSenator' : 'legislators.roles.stateRepresentative';
  return {
    id: member.id,
    name: member.name,
    title: { en: tIn('en')(role), es: tIn('es')(role) },
    chamber: { en: tIn('en')(`legislators.chambers.${member.chamber}`), es: tIn('es')(`legislators.chambers.${member.chamber}`) },
    phone: member.phone,
    phonePlace: member.phoneKind === 'capitol' ? t('legislators.office.stateHouse') : member.phoneKind === 'district' ? t('legislators.office.districtOnly') : null,
  };
}

/** Placeholder values for one script language. */
export function scriptValues(base: { name: string; town: string }, choice: LegislatorChoice | null, language: Language): ScriptValues {
  return {
    name: base.name,
    town: base.town,
    legislator: choice?.name,
    title: choice?.title[language],
    chamber: choice?.chamber[language],
  };
}
