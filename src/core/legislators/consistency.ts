/**
 * What an organizer should know about a data set that is not an error: vacant seats, members
 * without a district map or without a phone. Shown by `npm run data:build` and in import reports.
 */
import type { Dataset } from './dataset';
import { TERRITORY_ZIP_RANGES } from './jurisdictions';
import { seatLabel } from './seats';

/** House seats that zccd.csv maps ZIP codes to, as "MA7" keys. */
export function mappedSeats(dataset: Dataset): Set<string> {
  const seats = new Set<string>();
  for (const areas of dataset.zips.districts) if (areas) for (const area of areas.split(' ')) seats.add(area);
  return seats;
}

export function vacantSeats(dataset: Dataset): string[] {
  const held = new Set(dataset.members.filter((m) => m.type === 'rep').map((m) => `${m.state}${m.district}`));
  return [...mappedSeats(dataset)].filter((seat) => !held.has(seat)).sort().map(seatLabel);
}

export function checkConsistency(dataset: Dataset): string[] {
  const notes: string[] = [];
  const vacant = vacantSeats(dataset);
  if (vacant.length) notes.push(`${vacant.length} House seats in the district map have no member (vacant): ${vacant.join(', ')}.`);
  const mapped = mappedSeats(dataset);
  const territories = new Set(TERRITORY_ZIP_RANGES.map((r) => r.state));
  const unmapped = dataset.members.filter((m) => m.type === 'rep' && !territories.has(m.state) && !mapped.has(`${m.state}${m.district}`));
  if (unmapped.length) {
    notes.push(
      `${unmapped.length} House members have a seat with no ZIP code in the district map (was zccd.csv updated for new districts?): ` +
        `${unmapped.map((m) => `${m.name} (${seatLabel(`${m.state}${m.district}`)})`).join(', ')}.`,
    );
  }
  const noOffices = dataset.members.filter((m) => m.offices.length === 0);
  if (noOffices.length) notes.push(`${noOffices.length} ${noOffices.length === 1 ? 'member has' : 'members have'} no district office in the data: ${noOffices.map((m) => `${m.name} (${m.id})`).join(', ')}.`);
  const noPhone = dataset.members.filter((m) => !m.phone && !m.offices.some((o) => o[5]));
  if (noPhone.length) notes.push(`${noPhone.length} ${noPhone.length === 1 ? 'member has' : 'members have'} no phone number at all: ${noPhone.map((m) => `${m.name} (${m.id})`).join(', ')}.`);
  return notes;
}
