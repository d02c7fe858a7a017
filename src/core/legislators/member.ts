/**
 * A member of Congress as the kiosk shows them: offices ordered for the caller (the district
 * office nearest their ZIP first, then the others by distance, those without coordinates after,
 * Washington last) and the number to call first.
 */
import type { Language } from '../../common/content';
import type { MemberOfCongress, Note, Office } from '../../common/legislators';
import type { StoredMember, StoredOffice } from './dataset';
import { haversineKm, kmToMiles, type Point } from './geo';
import { houseRole, jurisdiction } from './jurisdictions';
import { sentence } from './messages';
import { phoneForPeople } from './phone';
import { seatKey, seatLabel } from './seats';

export interface CallerContext {
  /** Today, YYYY-MM-DD: a term that ended before it is flagged. */
  today: string;
  language: Language;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

function districtOffice(office: StoredOffice, km: number | null): Office {
  const [, address, city, state, zip, phone] = office;
  return {
    kind: 'district',
    address,
    city,
    state,
    zip,
    phone: phone ? phoneForPeople(phone) : null,
    distanceKm: km === null ? null : oneDecimal(km),
    distanceMiles: km === null ? null : oneDecimal(kmToMiles(km)),
  };
}

const DC_ADDRESS = /^(.*?)[;,\s]+Washington,?\s+DC,?\s+(\d{5})(?:-\d{4})?$/i;

function washingtonOffice(member: StoredMember): Office {
  const match = member.dcAddress ? DC_ADDRESS.exec(member.dcAddress) : null;
  return {
    kind: 'washington',
    address: match ? match[1]! : member.dcAddress,
    city: 'Washington',
    state: 'DC',
    zip: match ? match[2]! : null,
    phone: member.phone ? phoneForPeople(member.phone) : null,
    distanceKm: null,
    distanceMiles: null,
  };
}

/** Nearest first; offices without coordinates keep the source's order, after the located ones. */
export function orderOffices(offices: StoredOffice[], from: Point | null): { office: StoredOffice; km: number | null }[] {
  return offices
    .map((office, index) => {
      const [, , , , , , lat, lon] = office;
      const km = from && lat !== null && lon !== null ? haversineKm(from, [lat, lon]) : null;
      return { office, km, index };
    })
    .sort((a, b) => (a.km ?? Infinity) - (b.km ?? Infinity) || a.index - b.index);
}

export function describeMember(member: StoredMember, from: Point | null, context: CallerContext): MemberOfCongress {
  const offices = [...orderOffices(member.offices, from).map(({ office, km }) => districtOffice(office, km)), washingtonOffice(member)];
  const notes: Note[] = [];
  const phone = offices.find((o) => o.phone)?.phone ?? null;
  if (!phone) notes.push({ code: 'no_phone', message: sentence('noPhone', context.language, { name: member.name }) });
  if (member.termEnd <= context.today) {
    notes.push({ code: 'term_ended', message: sentence('termEnded', context.language, { name: member.name, date: member.termEnd }) });
  }
  const isSenator = member.type === 'sen';
  return {
    id: member.id,
    name: member.name,
    party: member.party,
    chamber: isSenator ? 'senate' : 'house',
    role: isSenator ? 'senator' : houseRole(member.state),
    state: member.state,
    stateName: jurisdiction(member.state)?.name ?? member.state,
    district: member.district,
    atLarge: member.district === 0,
    seat: isSenator ? member.state : seatLabel(seatKey(member.state, member.district ?? 0)),
    rank: member.rank,
    phone,
    offices,
    url: member.url,
    termEnd: member.termEnd,
    notes,
  };
}
