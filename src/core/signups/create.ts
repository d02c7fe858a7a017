/**
 * Saving a sign-up: core re-checks every field (the kiosk's checks are only a convenience), takes
 * the consent texts from the active content pack rather than from the request, and writes the
 * person, their chosen organizations and one consent record per box in a single transaction.
 */
import type Database from 'better-sqlite3';
import type { SignupCreateArgs } from '../../common/contract';
import type { ContentPack, Language } from '../../common/content';
import type { EventSettings } from '../../common/event';
import type { FieldIssue } from '../../common/errors';
import { checkSignupFields, normalizeEmail, parsePhone } from '../../common/signup';
import { AppError, isStorageFull } from '../errors';
import { say } from '../messages';
import { newId } from '../clock';
import { searchKey } from './search-key';

export const CONSENT_METHOD = 'kiosk checkbox';
/** The one box that may start ticked: the person chose "Keep me informed" on that organization's page. */
export const PRESELECTED_METHOD = "kiosk checkbox, ticked by choosing 'Keep me informed' on the organization's page and left ticked";

const blankToNull = (value: string | undefined): string | null => {
  const trimmed = value?.trim() ?? '';
  return trimmed ? trimmed.normalize('NFC') : null;
};

export function fillOrganization(text: string, name: string): string {
  return text.replaceAll('{organization}', name);
}

function validate(args: SignupCreateArgs, pack: ContentPack, event: EventSettings): void {
  const lang: Language = args.language;
  if (event.signupMode === 'browse-only') throw new AppError('forbidden', say('signupsOff', lang));
  const issues: FieldIssue[] = Object.entries(checkSignupFields(args)).map(([path, reason]) => ({ path, reason }));
  if (event.signupMode === 'no-last-name' && args.lastName?.trim()) {
    issues.push({ path: 'lastName', reason: 'not_collected' });
  }
  const known = new Set(pack.organizations.map((o) => o.id));
  args.organizationIds.forEach((id, i) => {
    if (!known.has(id)) issues.push({ path: `organizationIds.${i}`, reason: 'unknown_organization' });
  });
  if (issues.length > 0) throw new AppError('invalid_argument', say('signupInvalid', lang), { issues });
}

/** One sign-up's rows, ready to write. */
interface NewSignup {
  row: (string | null)[];
  organizations: { id: string; name: string }[];
  consents: (string | number | null)[][];
}

/**
 * Prepared once per connection: preparing the statements and the transaction on every sign-up
 * cost about as much again as the writes themselves (measured by `npm run bench`).
 */
interface Writer {
  findByClient: Database.Statement<[string], { id: string }>;
  write: (signup: NewSignup) => void;
}
const writers = new WeakMap<Database.Database, Writer>();

function writerFor(db: Database.Database): Writer {
  const known = writers.get(db);
  if (known) return known;
  const insertSignup = db.prepare(
    `INSERT INTO signups (id, client_id, event_id, created_at, language, first_name, last_name, email, phone, zip, search_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertOrg = db.prepare('INSERT INTO signup_organizations (signup_id, organization_id, organization_name) VALUES (?, ?, ?)');
  const insertConsent = db.prepare(
    `INSERT INTO consents (id, signup_id, kind, organization_id, granted, text, language, recorded_at, method)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const writer: Writer = {
    findByClient: db.prepare('SELECT id FROM signups WHERE client_id = ?'),
    write: db.transaction((signup: NewSignup) => {
      insertSignup.run(...signup.row);
      for (const org of signup.organizations) insertOrg.run(signup.row[0], org.id, org.name);
      for (const consent of signup.consents) insertConsent.run(...consent);
    }),
  };
  writers.set(db, writer);
  return writer;
}

export function createSignup(
  db: Database.Database,
  args: SignupCreateArgs,
  context: { pack: ContentPack; event: EventSettings; now: string },
): { id: string } {
  const { pack, event, now } = context;
  validate(args, pack, event);
  const writer = writerFor(db);

  if (args.clientId) {
    const earlier = writer.findByClient.get(args.clientId);
    if (earlier) return { id: earlier.id };
  }

  const lang = args.language;
  const email = blankToNull(args.email);
  const phone = args.phone?.trim() ? parsePhone(args.phone) : null;
  const organizations = [...new Set(args.organizationIds)].map((id) => {
    const org = pack.organizations.find((o) => o.id === id);
    return { id, name: org?.name ?? id };
  });
  const id = newId();
  const firstName = blankToNull(args.firstName);
  const lastName = event.signupMode === 'no-last-name' ? null : blankToNull(args.lastName);
  const storedEmail = email ? normalizeEmail(email) : null;
  const zip = blankToNull(args.zip);
  const consent = (kind: string, organizationId: string | null, granted: boolean, text: string, method = CONSENT_METHOD) => [
    newId(),
    id,
    kind,
    organizationId,
    granted ? 1 : 0,
    text,
    lang,
    now,
    method,
  ];

  try {
    writer.write({
      row: [id, args.clientId ?? null, event.id, now, lang, firstName, lastName, storedEmail, phone, zip, searchKey(firstName, lastName, storedEmail, zip)],
      organizations,
      consents: [
        // Both contact boxes are recorded, ticked or not: the record shows what was offered.
        consent('email', null, args.consent.email, pack.consents.email[lang]),
        consent('sms', null, args.consent.sms, pack.consents.sms[lang]),
        ...organizations.map((org) =>
          consent(
            'share',
            org.id,
            true,
            fillOrganization(pack.consents.share[lang], org.name),
            org.id === args.fromOrganizationId ? PRESELECTED_METHOD : CONSENT_METHOD,
          ),
        ),
      ],
    });
  } catch (error) {
    if (isStorageFull(error)) throw Object.assign(new AppError('storage_full', say('storageFull', lang)), { cause: error });
    throw error;
  }
  return { id };
}
