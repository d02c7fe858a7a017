/**
 * The exports' column mappings: which people go in each file and what each column holds. Pure
 * functions of the loaded sign-ups (load.ts); csv.ts turns the rows into text.
 *
 * Column names are the tools' own import field names, so the files import without renaming:
 * - Action Network, "File formats for list uploads"
 *   (https://help.actionnetwork.org/hc/en-us/articles/203112959-File-formats-for-list-uploads):
 *   columns named like its fields are matched automatically; "Activists without email addresses
 *   are skipped". Field names as in its uploads and reports: first_name, last_name, email,
 *   zip_code, can2_phone. The same page: "We also accept first names, last names, cities, states,
 *   addresses, and countries of your activists, as well as any custom columns you want to add",
 *   and columns are matched "to our field names when you upload your file". It has no field for
 *   a person's language or organizations, and its tags are chosen once for a whole upload
 *   ("choose any tags and other options for your upload", article 203112989), so these two go
 *   as custom columns, `language` (en, es: the kiosk's language codes, as NationBuilder's
 *   `language`) and `organizations` (the ids of the organizations chosen, comma-separated, as in
 *   NationBuilder's tag_list); each becomes a custom field at upload. A per-organization file
 *   lets an organizer tag that whole upload with the organization instead.
 *   Its uploads subscribe everyone in the file to the email list, and its
 *   mobile-list subscription is one checkbox for the whole upload ("Unsubscribing, resubscribing
 *   and deleting activists via upload", article 203113019), and it has a "100% opt-in policy"
 *   ("Uploading a new email or mobile list", article 203112989).
 * - NationBuilder, "What fields are available for imports?"
 *   (https://nationbuilder.com/what_fields_are_available_for_imports, and "Fields available for
 *   import", https://support.nationbuilder.com/en/articles/2895987-fields-available-for-import):
 *   email, email_opt_in (Y/N), first_name, last_name, mobile_number ("include the area code"),
 *   mobile_opt_in (Y/N), language (free text: we write the BCP 47 code the person used, en, es,
 *   pt-BR, ht or vi), tag_list (comma separated), Address "zip". "Every import must
 *   include a unique identifier"; email is the one that needs no first and last name.
 * - Mobilize: no public CSV import spec; we use the person fields of its API
 *   (https://github.com/mobilizeamerica/api, "Person attendance object" and "Create organization
 *   affiliations"): given_name, family_name, email_address, phone_number (example "1234567890"),
 *   postal_code, and sms_opt_in_status (OPT_IN or UNSPECIFIED). "A person is matched and
 *   deduplicated by their email address"; Mobilize has no per-person email opt-in.
 *
 * Consent decides what goes in a file, because these tools subscribe what they import:
 * - All three key people by email: a sign-up with only a phone is left out (skippedNoEmail).
 * - Action Network and Mobilize cannot record a per-person "no" to email, so a person who gave an
 *   email but did not tick "contact me by email" is left out (skippedNoConsent). NationBuilder
 *   gets them with email_opt_in=N.
 * - A phone goes where the tool records the SMS answer (NationBuilder mobile_opt_in); Action
 *   Network (can2_phone) and Mobilize (phone_number) get it only from people who agreed to texts,
 *   so ticking the tool's "subscribe to the mobile list" box cannot text anyone who did not.
 * - A per-organization file names only that organization (tags, share consents), never the
 *   other organizations the person chose.
 */
import type { Language } from '../../common/content';
import type { ConsentRecord, SignupRecord } from '../../common/contract';
import type { ExportFormat } from '../../common/organizer';

/** What the tool formats need of a sign-up (load.ts computes the consent flags in SQL). */
export interface Contact {
  id: string;
  createdAt: string;
  language: Language;
  firstName: string;
  lastName: string | null;
  email: string | null;
  /** E.164, e.g. +16175550123. */
  phone: string | null;
  zip: string | null;
  emailConsent: boolean;
  smsConsent: boolean;
  /** The organizations in the export's scope that the person chose. */
  organizationIds: string[];
}

export type Cell = string | null;

/**
 * Phones for import files, without the leading + that spreadsheets would run as a formula and
 * that our neutralising quote would then spoil: North American numbers as their 10 digits (the
 * tools are US-based; Mobilize's own example is "1234567890", NationBuilder asks for the area
 * code), others with the US international prefix 011, which phone parsers assuming US numbers
 * (libphonenumber and the like) read as the right country. Reversible: see `phoneFromExport`.
 */
export function exportPhone(e164: string | null): string | null {
  if (!e164) return null;
  const digits = e164.replace(/^\+/, '');
  if (/^1\d{10}$/.test(digits)) return digits.slice(1);
  return `011${digits}`;
}

export function phoneFromExport(cell: string): string | null {
  if (!cell) return null;
  return cell.startsWith('011') ? `+${cell.slice(3)}` : `+1${cell}`;
}

const yesNo = (value: boolean): string => (value ? 'Y' : 'N');

export const KIOSK_TAG = 'take-action-kiosk';

interface ToolFormat {
  header: readonly string[];
  /** False when the tool cannot be told "no" to email per person (see the notes above). */
  recordsEmailOptIn: boolean;
  row(contact: Contact): Cell[];
}

export type ToolFormatId = Exclude<ExportFormat, 'full'>;

export const TOOL_FORMATS: Record<ToolFormatId, ToolFormat> = {
  'action-network': {
    header: ['first_name', 'last_name', 'email', 'zip_code', 'can2_phone', 'language', 'organizations'],
    recordsEmailOptIn: false,
    row: (c) => [c.firstName, c.lastName, c.email, c.zip, c.smsConsent ? exportPhone(c.phone) : null, c.language, c.organizationIds.join(',')],
  },
  nationbuilder: {
    header: [
      'first_name',
      'last_name',
      'email',
      'email_opt_in',
      'mobile_number',
      'mobile_opt_in',
      'zip',
      'language',
      'tag_list',
    ],
    recordsEmailOptIn: true,
    row: (c) => [
      c.firstName,
      c.lastName,
      c.email,
      yesNo(c.emailConsent),
      exportPhone(c.phone),
      c.phone ? yesNo(c.smsConsent) : null,
      c.zip,
      c.language,
      [KIOSK_TAG, ...c.organizationIds].join(','),
    ],
  },
  mobilize: {
    header: ['given_name', 'family_name', 'email_address', 'phone_number', 'postal_code', 'sms_opt_in_status'],
    recordsEmailOptIn: false,
    row: (c) => [
      c.firstName,
      c.lastName,
      c.email,
      // A number is only passed on with its owner's yes to texts: "UNSPECIFIED" would let the
      // organization text someone who said no.
      c.smsConsent ? exportPhone(c.phone) : '',
      c.zip,
      c.phone && c.smsConsent ? 'OPT_IN' : 'UNSPECIFIED',
    ],
  },
};

export interface Selected {
  header: readonly string[];
  rows: Cell[][];
  skippedNoEmail: number;
  skippedNoConsent: number;
}

/** Who goes in a tool's file, and their rows. */
export function selectForTool(format: ToolFormatId, contacts: Iterable<Contact>): Selected {
  const spec = TOOL_FORMATS[format];
  const rows: Cell[][] = [];
  let skippedNoEmail = 0;
  let skippedNoConsent = 0;
  for (const contact of contacts) {
    if (!contact.email) skippedNoEmail++;
    else if (!spec.recordsEmailOptIn && !contact.emailConsent) skippedNoConsent++;
    else rows.push(spec.row(contact));
  }
  return { header: spec.header, rows, skippedNoEmail, skippedNoConsent };
}

// The full export: every field and every consent record, one row per person.

const CONSENT_FIELDS = ['granted', 'text', 'language', 'recorded_at', 'method'] as const;

export const FULL_PERSON_COLUMNS = [
  'signup_id',
  'created_at',
  'event_id',
  'event_name',
  'language',
  'first_name',
  'last_name',
  'email',
  'phone',
  'zip',
  'organizations',
] as const;

const consentColumns = (prefix: string) => CONSENT_FIELDS.map((field) => `${prefix}_${field}`);
export const sharePrefix = (organizationId: string) => `consent_share_${organizationId}`;

/** After the consent blocks: the sign-ups joined into this person, and every consent record they made. */
export const FULL_MERGE_COLUMNS = ['merged_signup_ids', 'consent_history'] as const;

/** Share consents get one block of columns per organization in the file, sorted by id. */
export function fullHeader(organizationIds: readonly string[]): string[] {
  return [
    ...FULL_PERSON_COLUMNS,
    ...consentColumns('consent_email'),
    ...consentColumns('consent_sms'),
    ...organizationIds.flatMap((id) => [`${sharePrefix(id)}_organization`, ...consentColumns(sharePrefix(id))]),
    ...FULL_MERGE_COLUMNS,
  ];
}

/** One line per consent record: when, what, the answer, the language, how, and the exact text. */
function consentHistory(consents: readonly ConsentRecord[]): string {
  return consents
    .map((c) => `${c.recordedAt} ${c.kind}${c.organizationId ? `:${c.organizationId}` : ''} ${c.granted ? 'yes' : 'no'} ${c.language} (${c.method}): ${c.text}`)
    .join('\n');
}

function consentCells(consent: ConsentRecord | undefined): Cell[] {
  if (!consent) return CONSENT_FIELDS.map(() => null);
  return [consent.granted ? 'yes' : 'no', consent.text, consent.language, consent.recordedAt, consent.method];
}

export function fullRow(record: SignupRecord & { mergedIds?: string[] }, organizationIds: readonly string[], eventName: string | null): Cell[] {
  const find = (kind: ConsentRecord['kind'], organizationId: string | null) =>
    record.consents.find((c) => c.kind === kind && c.organizationId === organizationId);
  return [
    record.id,
    record.createdAt,
    record.eventId,
    eventName,
    record.language,
    record.firstName,
    record.lastName,
    record.email,
    exportPhone(record.phone),
    record.zip,
    record.organizations.map((o) => o.name).join('; '),
    ...consentCells(find('email', null)),
    ...consentCells(find('sms', null)),
    ...organizationIds.flatMap((id) => [
      record.organizations.find((o) => o.id === id)?.name ?? null,
      ...consentCells(find('share', id)),
    ]),
    (record.mergedIds ?? [record.id]).join(' '),
    consentHistory(record.consents),
  ];
}

export function exportFilename(format: ExportFormat, organizationId: string | undefined, now: Date): string {
  const scope = organizationId ? `-${organizationId}` : '';
  return `take-action-signups-${format}${scope}-${now.toISOString().slice(0, 10)}.csv`;
}
