/** A typed-in row of the paper sheet: the organization numbers as written, and the request. Pure. */
import type { Args } from '../../../common/contract';
import type { Language, Organization } from '../../../common/content';
import { toSignupArgs, type SignupForm } from '../../screens/signup-form';

/** "1, 3 and 12" → the organizations numbered so on the sheet; numbers not on it, apart. */
export function organizationsByNumber(written: string, numbered: readonly Organization[]): { chosen: Organization[]; unknown: number[] } {
  const numbers = [...new Set([...written.matchAll(/\d+/g)].map((m) => Number(m[0])))];
  return {
    chosen: numbers.flatMap((n) => numbered[n - 1] ?? []),
    unknown: numbers.filter((n) => !numbered[n - 1]),
  };
}

export interface Sheet {
  language: Language;
  secondLanguage: Language | null;
}

export function paperArgs(form: SignupForm, sheet: Sheet, personLanguage: Language, clientId: string): Args<'signups.addPaper'> {
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  const { fromOrganizationId, ...signup } = toSignupArgs(form, personLanguage, clientId);
  return { sheet: { language: sheet.language, secondLanguage: sheet.secondLanguage ?? undefined }, signup };
}
