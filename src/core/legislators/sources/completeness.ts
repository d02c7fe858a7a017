/**
 * A file that parses but is far too short (a download cut off, the wrong file, a test extract)
 * would silently drop members or ZIP codes: refuse it. The minimums sit well below the real
 * counts (537 members, 33,774 ZCTAs, 41,481 US postal codes, 198 MA legislators) so that normal
 * changes between elections pass.
 */
import { MA_SEATS } from '../catalog';
import type { SourceTables } from '../tables';
import type { SourceIssue } from './issues';

export const MINIMUM = {
  senators: 80,
  houseMembers: 380,
  officeMembers: 400,
  zctas: 30_000,
  points: 30_000,
  usPlaces: 35_000,
  prPlaces: 100,
  maLegislators: 180,
} as const;

type FileNames = Partial<Record<'members' | 'offices' | 'districts' | 'points' | 'placesUS' | 'placesPR' | 'maLegislators', string>>;

const short = (file: string, reason: string): SourceIssue => ({ file, where: '(whole file)', reason: `${reason}. It looks cut short or is the wrong file` });

export function checkComplete(given: Partial<SourceTables>, names: FileNames, placeCounts: { US?: number; PR?: number }): SourceIssue[] {
  const issues: SourceIssue[] = [];
  if (given.members && names.members) {
    const senators = given.members.filter((m) => m.type === 'sen').length;
    const house = given.members.length - senators;
    if (senators < MINIMUM.senators || house < MINIMUM.houseMembers) {
      issues.push(short(names.members, `it lists ${senators} senators and ${house} House members, where a complete file has about 100 and 435`));
    }
  }
  if (given.offices && names.offices && given.offices.size < MINIMUM.officeMembers) {
    issues.push(short(names.offices, `it has offices for ${given.offices.size} members, where a complete file has about 535`));
  }
  if (given.districts && names.districts && given.districts.size < MINIMUM.zctas) {
    issues.push(short(names.districts, `it maps ${given.districts.size} ZCTAs, where a complete file maps about 33,800`));
  }
  if (given.points && names.points && given.points.size < MINIMUM.points) {
    issues.push(short(names.points, `it has ${given.points.size} ZCTAs, where a complete file has about 33,800`));
  }
  if (names.placesUS && (placeCounts.US ?? 0) < MINIMUM.usPlaces) {
    issues.push(short(names.placesUS, `it has ${placeCounts.US ?? 0} postal codes, where a complete file has about 41,500`));
  }
  if (names.placesPR && (placeCounts.PR ?? 0) < MINIMUM.prPlaces) {
    issues.push(short(names.placesPR, `it has ${placeCounts.PR ?? 0} postal codes, where a complete file has about 177`));
  }
  if (given.maLegislators && names.maLegislators && given.maLegislators.length < MINIMUM.maLegislators) {
    issues.push({
      file: names.maLegislators,
      where: '(files)',
      reason: `only ${given.maLegislators.length} files were given for ${MA_SEATS.senate + MA_SEATS.house} seats: import every file of data/ma/legislature together`,
    });
  }
  return issues;
}
