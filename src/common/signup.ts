/**
 * Sign-up fields and their rules, shared by the kiosk form (inline messages) and core (the
 * authority). Each rule returns a reason key that the renderer's catalogs translate.
 */
import { parsePhoneNumberFromString } from 'libphonenumber-js/min';

export type FieldReason =
  | 'required'
  | 'too_long'
  | 'invalid_characters'
  | 'invalid_email'
  | 'invalid_phone'
  | 'invalid_zip'
  | 'email_or_phone_required'
  | 'consent_needs_email'
  | 'consent_needs_phone'
  | 'consent_required'
  | 'unknown_organization';

export const NAME_MAX = 80;
export const EMAIL_MAX = 254;

// Control characters, bidi overrides and other invisible formatting: never part of a real name.
// eslint-disable-next-line no-control-regex
const HIDDEN_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

export function checkName(value: string, required: boolean): FieldReason | null {
  const trimmed = value.trim();
  if (!trimmed) return required ? 'required' : null;
  if (trimmed.length > NAME_MAX) return 'too_long';
  if (HIDDEN_CHARACTERS.test(trimmed) || !/\p{L}/u.test(trimmed)) return 'invalid_characters';
  return null;
}

// One @, a dot in the domain, no spaces; the practical subset of RFC 5321 that mail tools accept.
const EMAIL_PATTERN = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function checkEmail(value: string): FieldReason | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  if (trimmed.length > EMAIL_MAX) return 'too_long';
  const [local = '', domain = ''] = trimmed.split('@');
  if (!EMAIL_PATTERN.test(trimmed) || local.length > 64 || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return 'invalid_email';
  }
  if (!/[A-Za-z]{2,}$/.test(domain)) return 'invalid_email';
  return null;
}

export function normalizeEmail(value: string): string {
  const trimmed = value.trim();
  const at = trimmed.lastIndexOf('@');
  // The domain is case-insensitive; the local part is kept as typed.
  return at < 0 ? trimmed : trimmed.slice(0, at) + trimmed.slice(at).toLowerCase();
}

/** A mobile number a US kiosk can text: US by default, +country for others. E.164 or null. */
export function parsePhone(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > 30) return null;
  const phone = parsePhoneNumberFromString(trimmed, 'US');
  return phone && phone.isValid() ? phone.number : null;
}

export function checkPhone(value: string): FieldReason | null {
  if (!value.trim()) return null;
  return parsePhone(value) ? null : 'invalid_phone';
}

export function checkZip(value: string): FieldReason | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  return /^\d{5}$/.test(trimmed) ? null : 'invalid_zip';
}

export interface SignupFields {
  firstName: string;
  lastName?: string | undefined;
  email?: string | undefined;
  phone?: string | undefined;
  zip?: string | undefined;
  consent: { email: boolean; sms: boolean };
  organizationIds?: readonly string[] | undefined;
}

/** Every problem with a sign-up, by field. Empty when it can be saved. */
export function checkSignupFields(fields: SignupFields): Record<string, FieldReason> {
  const problems: Record<string, FieldReason> = {};
  const add = (field: string, reason: FieldReason | null) => {
    if (reason) problems[field] = reason;
  };
  add('firstName', checkName(fields.firstName, true));
  add('lastName', checkName(fields.lastName ?? '', false));
  add('email', checkEmail(fields.email ?? ''));
  add('phone', checkPhone(fields.phone ?? ''));
  add('zip', checkZip(fields.zip ?? ''));
  const hasEmail = Boolean(fields.email?.trim());
  const hasPhone = Boolean(fields.phone?.trim());
  if (!hasEmail && !hasPhone) problems.contact = 'email_or_phone_required';
  if (fields.consent.email && !hasEmail) add('consentEmail', problems.email ? null : 'consent_needs_email');
  if (fields.consent.sms && !hasPhone) add('consentSms', problems.phone ? null : 'consent_needs_phone');
  // Contact details nobody may use are not kept: at least one way to be contacted, or one organization.
  if (!fields.consent.email && !fields.consent.sms && (fields.organizationIds?.length ?? 0) === 0) {
    problems.consent = 'consent_required';
  }
  return problems;
}
