import type { z } from 'zod';
import type { FieldIssue } from '../common/errors';

/** zod's issues as `{ path, reason }`: the path a form (or a person fixing a file) can find. */
export function toIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.') || '(arguments)', reason: issue.message }));
}
