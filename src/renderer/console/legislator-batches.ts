/**
 * Legislator files go to core in batches: batches of about 8 MB keep each request quick, and all
 * the files together are about that size. Batches hold whole sources (core takes a subset of the
 * files on top of the current data), and the Massachusetts files, one per legislator, travel
 * together as core asks. Reports of the batches are merged for the organizer.
 */
import type { ImportReport } from '../../common/legislators';

export interface TextFile {
  name: string;
  content: string;
}

/** About 8 MB per request: well under the host's upload limit, and quick to check. */
export const BATCH_BYTES = 7 * 1024 * 1024;

const MA_LEGISLATOR = /-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.ya?ml$/;

const encodedSize = (file: TextFile) => new TextEncoder().encode(JSON.stringify(file)).length + 1;

/** First fit, largest first; a unit larger than a batch goes alone (and the host says so). */
export function batchFiles(files: TextFile[], limit = BATCH_BYTES): TextFile[][] {
  const ma = files.filter((f) => MA_LEGISLATOR.test(f.name));
  const units = [...(ma.length > 0 ? [ma] : []), ...files.filter((f) => !MA_LEGISLATOR.test(f.name)).map((f) => [f])]
    .map((unit) => ({ unit, size: unit.reduce((n, f) => n + encodedSize(f), 0) }))
    .sort((a, b) => b.size - a.size);
  const batches: { files: TextFile[]; size: number }[] = [];
  for (const { unit, size } of units) {
    const open = batches.find((b) => b.size + size <= limit);
    if (open) {
      open.files.push(...unit);
      open.size += size;
    } else {
      batches.push({ files: [...unit], size });
    }
  }
  return batches.map((b) => b.files);
}

/**
 * One report for all batches. Batches cover different sources, so their changes add up; the
 * counts are the last batch's, which after applying describe all the data.
 */
export function mergeReports(reports: ImportReport[]): ImportReport {
  const [first, ...rest] = reports;
  if (!first) throw new Error('no reports');
  return rest.reduce<ImportReport>(
    (a, b) => ({
      applied: a.applied && b.applied,
      files: [...a.files, ...b.files],
      counts: b.counts,
      changes: {
        members: {
          added: [...a.changes.members.added, ...b.changes.members.added],
          removed: [...a.changes.members.removed, ...b.changes.members.removed],
          changed: [...a.changes.members.changed, ...b.changes.members.changed],
        },
        offices: {
          added: a.changes.offices.added + b.changes.offices.added,
          removed: a.changes.offices.removed + b.changes.offices.removed,
          changed: a.changes.offices.changed + b.changes.offices.changed,
          byMember: [...a.changes.offices.byMember, ...b.changes.offices.byMember],
        },
        zips: {
          added: a.changes.zips.added + b.changes.zips.added,
          removed: a.changes.zips.removed + b.changes.zips.removed,
          districtsChanged: a.changes.zips.districtsChanged + b.changes.zips.districtsChanged,
          examples: [...a.changes.zips.examples, ...b.changes.zips.examples],
        },
        maLegislators: {
          added: [...a.changes.maLegislators.added, ...b.changes.maLegislators.added],
          removed: [...a.changes.maLegislators.removed, ...b.changes.maLegislators.removed],
        },
      },
      warnings: [...new Set([...a.warnings, ...b.warnings])],
      asOf: { ...a.asOf, ...b.asOf },
    }),
    first,
  );
}
