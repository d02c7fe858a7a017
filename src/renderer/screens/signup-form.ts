/** The sign-up form's state and its translation into the contract's arguments. Pure. */
import type { Args } from '../../common/contract';
import type { Language } from '../../common/content';
import { checkSignupFields, type FieldReason } from '../../common/signup';

export interface SignupForm {
  firstName: string;
  lastName: string;
  email: string;
  phone: string;
  zip: string;
  organizationIds: string[];
  consentEmail: boolean;
  consentSms: boolean;
}

export function emptyForm(organizationId?: string): SignupForm {
  return {
    firstName: '',
    lastName: '',
    email: '',
    phone: '',
    zip: '',
    organizationIds: organizationId ? [organizationId] : [],
    consentEmail: false,
    consentSms: false,
  };
}

export type FormErrors = Partial<Record<string, FieldReason | 'not_collected'>>;

export function checkForm(form: SignupForm): FormErrors {
  return checkSignupFields({ ...form, consent: { email: form.consentEmail, sms: form.consentSms } });
}

export function toSignupArgs(form: SignupForm, language: Language, clientId: string, fromOrganizationId?: string): Args<'signup.create'> {
  const optional = (value: string) => (value.trim() ? value.trim() : undefined);
  return {
    language,
    firstName: form.firstName.trim(),
    lastName: optional(form.lastName),
    email: optional(form.email),
    phone: optional(form.phone),
    zip: optional(form.zip),
    organizationIds: form.organizationIds,
    consent: { email: form.consentEmail, sms: form.consentSms },
    clientId,
    fromOrganizationId,
  };
}

/** A fresh id per attempt, so a retried request cannot save the same person twice. */
export function newClientId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
