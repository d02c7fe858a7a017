/** Reading a refusal from core: its sentence, and which fields it names (for forms and files). */
import type { FieldIssue } from '../../common/errors';
import { ApiCallError } from '../api/client';

export interface Refusal {
  message: string;
  issues: FieldIssue[];
}

export function refusal(error: unknown): Refusal {
  if (error instanceof ApiCallError) return { message: error.message, issues: error.error.issues ?? [] };
  return { message: String(error), issues: [] };
}

/**
 * The issues under one path prefix, keyed by the rest of the path: for `organizations.3.`,
 * "organizations.3.summary.es" becomes "summary.es", the key of that field in the form.
 */
export function issuesUnder(issues: FieldIssue[], prefix: string): Record<string, string> {
  const byField: Record<string, string> = {};
  for (const issue of issues) {
    if (!issue.path.startsWith(prefix)) continue;
    const field = issue.path.slice(prefix.length);
    byField[field] ??= issue.reason;
  }
  return byField;
}
