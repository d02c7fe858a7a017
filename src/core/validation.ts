import { z } from 'zod';
import type { Language } from '../common/content';
import type { FieldIssue } from '../common/errors';
import { LANGUAGE_INFO } from '../common/languages';
import { say } from './messages';

/** zod's issues as `{ path, reason }`: the path a form (or a person fixing a file) can find. */
export function toIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.join('.') || '(arguments)', reason: issue.message }));
}

const zodLocales = z.locales as unknown as Record<string, (() => { localeError: z.core.$ZodErrorMap }) | undefined>;

/** Our words for the reasons an organizer meets most in the forms, zod's locale for the rest. */
function reasonsIn(language: Language): z.core.$ZodErrorMap {
  const zodLocale = LANGUAGE_INFO[language].zodLocale;
  const theirs = (zodLocale && zodLocales[zodLocale]?.().localeError) || undefined;
  return (issue) => {
    if (issue.code === 'invalid_format' && issue.format === 'url') return say('reasonUrl', language);
    if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1) return say('reasonEmpty', language);
    if (issue.code === 'too_big' && issue.origin === 'string') return say('reasonTooLong', language, { max: String(issue.maximum) });
    return theirs?.(issue);
  };
}

/**
 * The issues of a value a schema refused, with reasons in `language`: English as zod says them;
 * for another language the value is checked again with its reasons (only when a refusal is answered).
 */
export function issuesIn(language: Language, schema: z.ZodType, value: unknown, english: FieldIssue[]): FieldIssue[] {
  if (language === 'en') return english;
  const again = schema.safeParse(value, { error: reasonsIn(language) });
  return again.success ? english : toIssues(again.error);
}
