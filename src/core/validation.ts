import { z } from 'zod';
import type { Language } from '../common/content';
import type { FieldIssue } from '../common/errors';

/** zod's issues as `{ path, reason }`: the path a form (or a person fixing a file) can find. */
export function toIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.') || '(arguments)', reason: issue.message }));
}

const zodSpanish = z.locales.es().localeError;

/** Spanish reasons: our words for those an organizer meets most in the forms, zod's for the rest. */
const spanishReason: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_format' && issue.format === 'url') return 'No es una dirección web válida (debe empezar por https://).';
  if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1) return 'No puede quedar vacío.';
  if (issue.code === 'too_big' && issue.origin === 'string') return `Demasiado largo: como máximo ${String(issue.maximum)} caracteres.`;
  return zodSpanish(issue);
};

/**
 * The issues of a value a schema refused, with reasons in `language`: English as zod says them;
 * for Spanish the value is checked again with Spanish reasons (only when a refusal is answered).
 */
export function issuesIn(language: Language, schema: z.ZodType, value: unknown, english: FieldIssue[]): FieldIssue[] {
  if (language === 'en') return english;
  const again = schema.safeParse(value, { error: spanishReason });
  return again.success ? english : toIssues(again.error);
}
