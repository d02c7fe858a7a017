import { describe, expect, it } from 'vitest';
import type { ImportReport } from '../../src/common/legislators';
import { batchFiles, mergeReports } from '../../src/renderer/console/legislator-batches';

const file = (name: string, size: number) => ({ name, content: 'x'.repeat(size) });
const ma = (i: number) => file(`Person-${i}-0a14e19e-3761-4aa2-887f-8b335d6e3eed.yml`, 100);

describe('legislator files in batches under the host body limit', () => {
  it('keeps everything in one batch when it fits', () => {
    const files = [file('zccd.csv', 300), file('US.txt', 300), ma(1), ma(2)];
    const batches = batchFiles(files, 2000);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toEqual(expect.arrayContaining(files));
  });

  it('splits by whole files, largest first, and never splits the Massachusetts files', () => {
    const files = [file('legislators-current.yaml', 1000), file('US.txt', 2500), file('2025_Gaz_zcta_national.txt', 2000), ma(1), ma(2), ma(3)];
    const batches = batchFiles(files, 3000);
    expect(batches.flat()).toHaveLength(files.length);
    for (const batch of batches) {
      const size = batch.reduce((n, f) => n + JSON.stringify(f).length + 1, 0);
      expect(size).toBeLessThanOrEqual(3000);
    }
    const withMa = batches.filter((b) => b.some((f) => f.name.endsWith('.yml')));
    expect(withMa).toHaveLength(1);
    expect(withMa[0]!.filter((f) => f.name.endsWith('.yml'))).toHaveLength(3);
  });

  it('puts a file larger than a batch alone, for the host to refuse with its own message', () => {
    const batches = batchFiles([file('US.txt', 5000), file('PR.txt', 10)], 3000);
    expect(batches).toHaveLength(2);
    expect(batches[0]!.map((f) => f.name)).toEqual(['US.txt']);
  });

  // Each file below is 2,031 bytes in the request body ({"name":"US.txt","content":"…"} is 30
  // bytes, plus 2,000, plus a comma), but only 1,031 UTF-16 units, or 1,000 bytes of raw text: a
  // size that forgot either part would put both files in one batch of 3,000.
  it('counts multi-byte text as UTF-8 bytes, as the request body will', () => {
    const twoByte = (name: string) => ({ name, content: 'é'.repeat(1000) });
    expect(batchFiles([twoByte('US.txt'), twoByte('PR.txt')], 3000)).toHaveLength(2);
  });

  it('counts JSON escapes, as the request body will', () => {
    const escaped = (name: string) => ({ name, content: '\t'.repeat(1000) });
    expect(batchFiles([escaped('US.txt'), escaped('PR.txt')], 3000)).toHaveLength(2);
  });

  it('counts the body to the byte: two files of 2,031 bytes fit 4,062, not 4,061', () => {
    const files = [
      { name: 'US.txt', content: 'é\t'.repeat(500) },
      { name: 'PR.txt', content: '\té'.repeat(500) },
    ];
    expect(batchFiles(files, 4062)).toHaveLength(1);
    expect(batchFiles(files, 4061)).toHaveLength(2);
  });
});

function report(changes: Partial<ImportReport['changes']>, extra: Partial<ImportReport> = {}): ImportReport {
  const counts = { members: 1, senators: 0, representatives: 1, delegates: 0, districtOffices: 0, zips: 0, zctas: 0, maLegislators: 0 };
  return {
    applied: true,
    files: [],
    counts,
    changes: {
      members: { added: [], removed: [], changed: [] },
      offices: { added: 0, removed: 0, changed: 0, byMember: [] },
      zips: { added: 0, removed: 0, districtsChanged: 0, examples: [] },
      maLegislators: { added: [], removed: [] },
      ...changes,
    },
    warnings: [],
    asOf: {},
    ...extra,
  };
}

describe('one report for several batches', () => {
  it('adds up the changes, keeps the last counts, and lists each warning once', () => {
    const member = { id: 'X1', name: 'Pat Doe', seat: 'MA-07' };
    const first = report({ members: { added: [member], removed: [], changed: [] } }, { files: [{ name: 'legislators-current.yaml', source: 'members', records: 537 }], warnings: ['vacant'], asOf: { members: '2026-11-25' } });
    const second = report(
      { zips: { added: 2, removed: 1, districtsChanged: 3, examples: ['02130'] } },
      { files: [{ name: 'zccd.csv', source: 'districts', records: 10 }], warnings: ['vacant', 'other'], asOf: { districts: '2026-11-25' }, counts: { ...first.counts, zips: 9 } },
    );
    const merged = mergeReports([first, second]);
    expect(merged.files.map((f) => f.name)).toEqual(['legislators-current.yaml', 'zccd.csv']);
    expect(merged.changes.members.added).toEqual([member]);
    expect(merged.changes.zips).toEqual({ added: 2, removed: 1, districtsChanged: 3, examples: ['02130'] });
    expect(merged.warnings).toEqual(['vacant', 'other']);
    expect(merged.counts.zips).toBe(9);
    expect(merged.asOf).toEqual({ members: '2026-11-25', districts: '2026-11-25' });
    expect(mergeReports([first, { ...second, applied: false }]).applied).toBe(false);
  });
});
