/**
 * Our CSV writer: UTF-8 with a byte-order mark (so Excel reads accents and emoji right), CRLF line
 * ends and RFC 4180 quoting, with every cell neutralised against spreadsheet formula injection.
 *
 * Neutralising: a cell starting with = + - @, tab or CR is run as a formula by Excel, LibreOffice
 * and Google Sheets (OWASP "CSV Injection"), so it gets a leading single quote, which spreadsheets
 * take as "this is text". A value that itself starts with a single quote gets one too, so the rule
 * is reversible: a reader drops exactly one leading quote (see `unneutralise`) and gets the value
 * back. Values that legitimately start with + (phone numbers) are formatted without it before they
 * get here (see formats.ts), so tools never see a quote in front of a phone number.
 */

const FORMULA_START = /^[=+\-@\t\r']/;
const NEEDS_QUOTES = /[",\r\n]/;

export const BOM = '\uFEFF';
export const CRLF = '\r\n';

export function neutralise(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The inverse of `neutralise`, for readers of our files (and tests). */
export function unneutralise(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
export function quote(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** One cell as written in the file; null and undefined are empty cells. */
export function csvCell(value: string | null | undefined): string {
  return quote(neutralise(value ?? ''));
}

export function csvLine(cells: readonly (string | null | undefined)[]): string {
  return cells.map(csvCell).join(',');
}

/** A whole file: BOM, header line, one line per row, each ended by CRLF. */
export function csvDocument(header: readonly string[], rows: Iterable<readonly (string | null | undefined)[]>): string {
  const lines = [csvLine(header)];
  for (const row of rows) lines.push(csvLine(row));
  return BOM + lines.join(CRLF) + CRLF;
}
