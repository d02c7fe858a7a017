import fc from 'fast-check';
import { stringify } from 'csv-stringify/sync';
import { describe, expect, it } from 'vitest';
import { BOM, csvCell, csvDocument, neutralise, quote, unneutralise } from '../../src/core/export/csv';
import { parseCsv } from './rfc4180';

const FORMULA_CHARACTERS = ['=', '+', '-', '@', '\t', '\r'];
/** Strings that stress the writer: CSV syntax, formula starts, quotes, line breaks, any Unicode. */
const awkward = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom(...FORMULA_CHARACTERS, "'", '"', ',', '\n', '\r\n', 'a', 'é', '🌻', ' ') }),
);

/** The value a cell holds after reading the file and dropping the neutralising quote. */
const readBack = (cell: string) => unneutralise(parseCsv(cell)[0]?.[0] ?? '');

describe('the CSV cell writer', () => {
  it('round-trips any string through quoting, an RFC 4180 reader and unneutralising', () => {
    fc.assert(
      fc.property(awkward, (value) => {
        expect(readBack(csvCell(value))).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('never lets a cell start with a formula character', () => {
    fc.assert(
      fc.property(awkward, (value) => {
        const cell = parseCsv(csvCell(value))[0]?.[0] ?? '';
        expect(FORMULA_CHARACTERS).not.toContain(cell.charAt(0));
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips whole rows, whatever their cells hold', () => {
    fc.assert(
      fc.property(fc.array(fc.array(awkward, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const width = rows[0]!.length;
        const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
        const header = table[0]!.map((_, i) => `c${i}`);
        const doc = csvDocument(header, table);
        const [readHeader, ...readRows] = parseCsv(doc.slice(BOM.length));
        expect(readHeader).toEqual(header);
        expect(readRows.map((r) => r.map(unneutralise))).toEqual(table);
      }),
      { numRuns: 500 },
    );
  });

  it('reads back the same as csv-stringify writing the neutralised values', () => {
    fc.assert(
      fc.property(fc.array(awkward, { minLength: 1, maxLength: 5 }), (values) => {
        const neutralised = values.map(neutralise);
        const ours = neutralised.map(quote).join(',');
        // With CRLF records csv-stringify leaves a bare CR or LF unquoted (RFC 4180 wants it
        // quoted) unless told to; its other quoting choices differ from ours in bytes only.
        const theirs = stringify([neutralised], { record_delimiter: '\r\n', quoted_match: /[\r\n]/ }).replace(/\r\n$/, '');
        expect(parseCsv(ours)).toEqual(parseCsv(theirs));
      }),
      { numRuns: 500 },
    );
  });

  it('neutralises formula starts with one single quote and leaves other values alone', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe('"\'=HYPERLINK(""http://evil.example"",""click"")"');
    expect(csvCell('+1+cmd|')).toBe("'+1+cmd|");
    expect(csvCell('-2+3')).toBe("'-2+3");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tx')).toBe("'\tx");
    expect(csvCell('\rx')).toBe('"\'\rx"');
    expect(csvCell("'quoted")).toBe("''quoted");
    expect(csvCell('Ana-María')).toBe('Ana-María');
    expect(csvCell('a=b')).toBe('a=b');
    expect(csvCell(null)).toBe('');
  });

  it('writes a BOM, CRLF line ends and a final CRLF', () => {
    expect(csvDocument(['a', 'b'], [['1', 'x,y'], ['2', 'line\nbreak']])).toBe('\uFEFFa,b\r\n1,"x,y"\r\n2,"line\nbreak"\r\n');
  });
});
