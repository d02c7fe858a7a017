/**
 * What is wrong with a source file, said exactly: which file, which record or line, which field,
 * and why. Parsers collect a few issues (not thousands) and then stop.
 */
import { type z } from 'zod';
import { parse as parseYaml } from 'yaml';

export interface SourceIssue {
  file: string;
  /** "[12] W000817 terms[-1].phone", "line 4031", ... */
  where: string;
  reason: string;
}

export const MAX_ISSUES = 20;

export class SourceError extends Error {
  constructor(readonly issues: SourceIssue[]) {
    super(issues.map((i) => `${i.file}: ${i.where}: ${i.reason}`).join('; '));
    this.name = 'SourceError';
  }
}

/** Collects issues; `check()` throws them all at once. */
export class IssueList {
  readonly issues: SourceIssue[] = [];

  constructor(readonly file: string) {}

  add(where: string, reason: string): void {
    if (this.issues.length < MAX_ISSUES) this.issues.push({ file: this.file, where, reason });
  }

  get full(): boolean {
    return this.issues.length >= MAX_ISSUES;
  }

  addZod(where: string, error: z.ZodError): void {
    for (const issue of error.issues) {
      const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
      this.add(`${where}${path}`, issue.message);
    }
  }

  check(): void {
    if (this.issues.length > 0) throw new SourceError(this.issues);
  }
}

/** YAML 1.2 core schema: unquoted dates stay strings, as in the files (see SOURCES.md). */
export function readYaml(file: string, text: string): unknown {
  try {
    return parseYaml(text, { schema: 'core', maxAliasCount: 100 });
  } catch (error) {
    const where = (error as { linePos?: { line: number }[] }).linePos?.[0];
    throw new SourceError([{ file, where: where ? `line ${where.line}` : '(file)', reason: `not valid YAML: ${(error as Error).message.split('\n')[0]}` }]);
  }
}

/** Lines of a text file, whatever its line endings, without a byte-order mark or a final empty line. */
export function textLines(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** A date as the files write it (a string, or a Date from a parser that converts them). */
export function isoDay(value: unknown): string | null {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  return null;
}
