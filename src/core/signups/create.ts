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

export function createSignup(
  db: Database.Database,
  args: SignupCreateArgs,
  context: { pack: ContentPack; event: EventSettings; now: string },
): { id: string } {
  const { pack, event, now } = context;
  validate(args, pack, event);

  if (args.clientId) {
    const earlier = db.prepare('SELECT id FROM signups WHERE client_id = ?').get(args.clientId) as
      | { id: string }
      | undefined;
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

  const insertSignup = db.prepare(
    `INSERT INTO signups (id, client_id, event_id, created_at, language, first_name, last_name, email, phone, zip, search_key)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertOrg = db.prepare(
    'INSERT INTO signup_organizations (signup_id, organization_id, organization_name) VALUES (?, ?, ?)',
  );
  const insertConsent = db.prepare(
    `INSERT INTO consents (id, signup_id, kind, organization_id, granted, text, language, recorded_at, method)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );

  try {
    db.transaction(() => {
      insertSignup.run(
        id,
        args.clientId ?? null,
        event.id,
        now,
        lang,
        firstName,
        lastName,
        storedEmail,
        phone,
        zip,
        searchKey(firstName, lastName, storedEmail, zip),
      );
      // Both contact boxes are recorded, ticked or not: the record shows what was offered.
      insertConsent.run(newId(), id, 'email', null, args.consent.email ? 1 : 0, pack.consents.email[lang], lang, now, CONSENT_METHOD);
      insertConsent.run(newId(), id, 'sms', null, args.consent.sms ? 1 : 0, pack.consents.sms[lang], lang, now, CONSENT_METHOD);
      for (const org of organizations) {
        insertOrg.run(id, org.id, org.name);
        const text = fillOrganization(pack.consents.share[lang], org.name);
        const method = org.id === args.fromOrganizationId ? PRESELECTED_METHOD : CONSENT_METHOD;
        insertConsent.run(newId(), id, 'share', org.id, 1, text, lang, now, method);
      }
    })();
  } catch (error) {
    if (isStorageFull(error)) throw Object.assign(new AppError('storage_full', say('storageFull', lang)), { cause: error });
    throw error;
  }
  return { id };
}
