/** The person a caller has chosen to call, in the words each script language needs. */
import { LANGUAGES, type Language } from '../../common/content';
import type { MemberOfCongress, Office, Phone, StateLegislator } from '../../common/legislators';
import type { ScriptValues } from '../../common/script';

/** A number the caller can dial, with where it rings. */
export interface CallNumber {
  phone: Phone;
  /** "Boston office", "Washington office", "State House". */
  place: string;
  /** "2.1 miles away", or the address; null when the data says nothing more. */
  detail: string | null;
}

export interface LegislatorChoice {
  id: string;
  name: string;
  title: Record<Language, string>;
  chamber: Record<Language, string>;
  phone: Phone | null;
  /** Where that number rings, e.g. "Boston office". */
  phonePlace: string | null;
  /** Every number to call, the best first (the nearest district office), each once. */
  numbers: CallNumber[];
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

const congressTitleKey = (member: MemberOfCongress) => `legislators.roles.${member.role}`;

/** A catalog text in every language: a script in any language may need the legislator's title. */
const inEvery = (tIn: (lng: Language) => Translate, key: string) => Object.fromEntries(LANGUAGES.map((lng) => [lng, tIn(lng)(key)])) as Record<Language, string>;

const officePlace = (office: Office, t: Translate) =>
  office.kind === 'washington' ? t('legislators.office.washington') : office.city ? t('legislators.office.district', { city: office.city }) : t('legislators.office.districtOffice');

/** Offices in the order core gives them (nearest district office first, Washington last), each number once. */
export function congressNumbers(member: MemberOfCongress, t: Translate): CallNumber[] {
  const numbers: CallNumber[] = [];
  for (const office of member.offices) {
    if (!office.phone || numbers.some((n) => n.phone.e164 === office.phone?.e164)) continue;
    const detail = office.distanceMiles !== null ? t('legislators.office.milesAway', { miles: office.distanceMiles }) : null;
    numbers.push({ phone: office.phone, place: officePlace(office, t), detail });
  }
  return numbers;
}

export function stateNumbers(member: StateLegislator, t: Translate): CallNumber[] {
  return member.phones.map((p) => ({
    phone: p.phone,
    place: p.kind === 'capitol' ? t('legislators.office.stateHouse') : t('legislators.office.districtOffice'),
    detail: p.address,
  }));
}

export function fromCongress(member: MemberOfCongress, t: Translate, tIn: (lng: Language) => Translate): LegislatorChoice {
  const office = member.offices.find((o) => o.phone && o.phone.e164 === member.phone?.e164);
  const place =
    office?.kind === 'washington' ? t('legislators.office.washington') : office?.city ? t('legislators.office.district', { city: office.city }) : null;
  return {
    id: member.id,
    name: member.name,
    title: inEvery(tIn, congressTitleKey(member)),
    chamber: inEvery(tIn, `legislators.chambers.${member.chamber}`),
    phone: member.phone,
    phonePlace: place,
    numbers: congressNumbers(member, t),
  };
}

export function fromState(member: StateLegislator, t: Translate, tIn: (lng: Language) => Translate): LegislatorChoice {
  const role = member.chamber === 'senate' ? 'legislators.roles.stateSenator' : 'legislators.roles.stateRepresentative';
  return {
    id: member.id,
    name: member.name,
    title: inEvery(tIn, role),
    chamber: inEvery(tIn, `legislators.chambers.${member.chamber}`),
    phone: member.phone,
    phonePlace: member.phoneKind === 'capitol' ? t('legislators.office.stateHouse') : member.phoneKind === 'district' ? t('legislators.office.districtOnly') : null,
    numbers: stateNumbers(member, t),
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
