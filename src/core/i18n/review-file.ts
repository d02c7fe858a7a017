/**
 * The review file: one row per text with its key, the English source, the translation and its
 * review status, as CSV for a spreadsheet (UTF-8 with a BOM, so Excel shows the accents; cells
 * neutralised against formula injection like every export). A reviewer corrects the translation
 * column and writes "reviewed" in the status column of each text they checked. Reading it back
 * checks every row before anything changes: known keys, each once, no text left out of a part
 * the file covers, the English placeholders kept, a status the file knows.
 */
import { parse } from 'csv-parse/sync';
import { placeholders } from '../../common/catalog';
import type { ReviewStatus } from '../../common/content';
import type { FieldIssue } from '../../common/errors';
import type { Language } from '../../common/languages';
import { REVIEW_FILE_STATUSES, REVIEW_PARTS, type ReviewFile, type ReviewPart } from '../../common/translations';
import { AppError } from '../errors';
import { csvDocument, unneutralise } from '../export/csv';
import { say, sentence, type Sentence } from '../messages';
import type { ReviewEntry } from './review-entries';

export const REVIEW_COLUMNS = ['key', 'english', 'translation', 'status'] as const;

const fileKey = (entry: { part: ReviewPart; key: string }) => `${entry.part}:${entry.key}`;

export function reviewFile(language: Language, entries: readonly ReviewEntry[], now: Date): ReviewFile {
  const rows = entries.map((entry) => [fileKey(entry), entry.english, entry.translation ?? '', REVIEW_FILE_STATUSES[entry.status]]);
  const filename = `take-action-translations-${language.toLowerCase()}-${now.toISOString().slice(0, 10)}.csv`;
  return { filename, csv: csvDocument(REVIEW_COLUMNS, rows), rows: rows.length };
}

/** A row of a reviewer's file, checked: the text to use and whether a native speaker reviewed it. */
export interface ReviewedRow {
  entry: ReviewEntry;
  text: string;
  status: ReviewStatus;
}

interface Problem {
  where: string;
  reason: Sentence;
}

function statusOf(cell: string): ReviewStatus | null {
  const words = cell.trim().toLowerCase().replace(/[-_]+/g, ' ').replace(/\s+/g, ' ');
  if (words === 'reviewed') return 'reviewed';
  // "missing" is what the file said of a text that had no translation: once filled in, it is one.
  if (words === '' || words === 'not reviewed' || words === 'missing') return 'not-reviewed';
  return null;
}

/** A spreadsheet may trim a cell: the edges of the English text (" and ") are kept as they are. */
function withEnglishEdges(english: string, text: string): string {
  const lead = /^\s*/.exec(english)?.[0] ?? '';
  const trail = /\s*$/.exec(english)?.[0] ?? '';
  return lead + text.trim() + trail;
}

function readTable(csv: string): string[][] {
  try {
    return parse(csv, { bom: true, skip_empty_lines: true, relax_column_count: true }) as string[][];
  } catch {
    throw new AppError('invalid_argument', sentence('reviewNotCsv'));
  }
}

function refuse(problems: Problem[]): never {
  const issues = (language: Language): FieldIssue[] => problems.map((p) => ({ path: p.where, reason: say(p.reason.key, language, p.reason.params) }));
  const english = issues('en');
  const listed = english.slice(0, 5).map((i) => `${i.path}: ${i.reason}`).join('; ');
  const more = problems.length > 5 ? sentence('andMore', { count: problems.length - 5 }) : '';
  throw new AppError('invalid_argument', sentence('reviewRefused', { count: problems.length, listed, more }), { issues: english }, issues);
}

/** The rows of a reviewer's file, every one checked against `entries`; refused whole at the first problem found. */
export function readReviewFile(csv: string, entries: readonly ReviewEntry[]): ReviewedRow[] {
  const [header = [], ...lines] = readTable(csv);
  const columns = header.map((cell) => unneutralise(cell).trim().toLowerCase());
  const at = Object.fromEntries(REVIEW_COLUMNS.map((name) => [name, columns.indexOf(name)])) as Record<(typeof REVIEW_COLUMNS)[number], number>;
  const absent = REVIEW_COLUMNS.filter((name) => at[name] < 0);
  if (absent.length > 0) refuse([{ where: 'row 1', reason: sentence('reviewColumns', { columns: REVIEW_COLUMNS.join(', ') }) }]);

  const known = new Map(entries.map((entry) => [fileKey(entry), entry]));
  const problems: Problem[] = [];
  const seen = new Map<string, ReviewedRow>();
  lines.forEach((cells, index) => {
    const cell = (name: (typeof REVIEW_COLUMNS)[number]) => unneutralise(cells[at[name]] ?? '');
    const key = cell('key').trim();
    const where = `row ${index + 2} (${key || '?'})`;
    const entry = known.get(key);
    if (!entry) return problems.push({ where, reason: sentence('reviewUnknownKey') });
    if (seen.has(key)) return problems.push({ where, reason: sentence('reviewDuplicateKey') });
    const text = withEnglishEdges(entry.english, cell('translation'));
    const status = statusOf(cell('status'));
    if (!text.trim()) problems.push({ where, reason: sentence('reviewEmpty') });
    else if (placeholders(text).join(' ') !== placeholders(entry.english).join(' ')) {
      problems.push({ where, reason: sentence('reviewPlaceholders', { placeholders: placeholders(entry.english).join(' ') || '-' }) });
    } else if (status === null) problems.push({ where, reason: sentence('reviewStatus', { statuses: `${REVIEW_FILE_STATUSES.reviewed}, ${REVIEW_FILE_STATUSES['not-reviewed']}` }) });
    else seen.set(key, { entry, text: text.normalize('NFC'), status });
    return undefined;
  });
  // No key left out: every text of each part the file covers must be there.
  const inFile = new Set(lines.map((cells) => unneutralise(cells[at.key] ?? '').trim()));
  const parts = new Set([...inFile].map((key) => key.split(':')[0]));
  for (const entry of entries) {
    if (parts.has(entry.part) && !inFile.has(fileKey(entry))) problems.push({ where: fileKey(entry), reason: sentence('reviewMissingKey') });
  }
  if (seen.size === 0 && problems.length === 0) problems.push({ where: 'row 2', reason: sentence('reviewNoRows', { parts: REVIEW_PARTS.join(', ') }) });
  if (problems.length > 0) refuse(problems);
  return [...seen.values()];
}
