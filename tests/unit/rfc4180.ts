/**
 * A small, strict RFC 4180 reader for tests: an independent check of what our CSV writer
 * produces. Throws on anything RFC 4180 does not allow (a bare quote inside an unquoted field,
 * text after a closing quote, an unterminated quoted field, a lone CR or LF as a line end).
 */
export function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const atEnd = () => i >= text.length;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (atEnd()) throw new Error('unterminated quoted field');
        const c = text[i++];
        if (c === '"') {
          if (text[i] === '"') {
            field += '"';
            i++;
          } else break;
        } else field += c;
      }
      if (!atEnd() && text[i] !== ',' && !text.startsWith('\r\n', i)) throw new Error(`text after a closing quote at ${i}`);
    } else {
      while (!atEnd() && text[i] !== ',' && text[i] !== '\r' && text[i] !== '\n') {
        if (text[i] === '"') throw new Error(`quote inside an unquoted field at ${i}`);
        field += text[i++];
      }
      if (text[i] === '\n' || (text[i] === '\r' && !text.startsWith('\r\n', i))) throw new Error(`bare line break at ${i}`);
    }
    record.push(field);
    if (text[i] === ',') {
      i++;
      continue;
    }
    records.push(record);
    record = [];
    if (atEnd()) return records;
    i += 2; // CRLF
    if (atEnd()) return records;
  }
}

/** Our files: a BOM, then CSV; returns the header and rows as objects keyed by column. */
export function readExport(csv: string): { header: string[]; rows: Record<string, string>[] } {
  if (!csv.startsWith('\uFEFF')) throw new Error('no byte-order mark');
  if (!csv.endsWith('\r\n')) throw new Error('last line not ended by CRLF');
  const [header = [], ...lines] = parseCsv(csv.slice(1));
  for (const line of lines) if (line.length !== header.length) throw new Error(`row of ${line.length} cells, header has ${header.length}`);
  return { header, rows: lines.map((line) => Object.fromEntries(header.map((name, i) => [name, line[i] ?? '']))) };
}
