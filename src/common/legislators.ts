/**
 * Legislator lookup: the shapes the kiosk renders (who to call, at which number, as of when) and
 * the organizer's import of fresher source files. Shared by core (results are checked against
 * them) and the renderer (types only). Sentences in `notes` come in the language asked for; each
 * note also has a `code` so a screen can show its own wording or an icon.
 */
import { z } from 'zod';
import { Language } from './content';

export const NOTE_CODES = [
  /** The ZIP's area spans several congressional districts: every candidate is listed. */
  'split_zip',
  /** The ZIP's area crosses a state line: senators of every state are listed. */
  'cross_state',
  /** A House seat for this ZIP has nobody in it (listed in `vacantSeats`). */
  'vacant_seat',
  /** DC and the territories have no senators, and a non-voting member of the House. */
  'no_senators',
  /** A PO-box or single-organization ZIP: districts were taken from its town's mapped ZIPs. */
  'zip_not_mapped',
  /** No district could be found for the ZIP (only the state is known). */
  'district_unknown',
  /** The data has no phone number at all for this member. */
  'no_phone',
  /** This member's term ended after the data was collected: someone else may hold the seat. */
  'term_ended',
  /** Massachusetts: the state legislators must be chosen from a list (`legislators.searchState`). */
  'choose_state_legislators',
  /** A phone number with an extension to ask for. */
  'extension',
  /** The chamber has more seats than members in the data (vacancies). */
  'seats_without_member',
  /** A territory whose place names are not in the data: there is no town to pre-fill. */
  'no_town',
] as const;
export const NoteCode = z.enum(NOTE_CODES);
export const Note = z.object({ code: NoteCode, message: z.string() });
export type Note = z.infer<typeof Note>;

/** A number ready to read aloud and to dial (`tel` is an RFC 3966 URI, extension included). */
export const Phone = z.object({
  display: z.string(),
  e164: z.string().regex(/^\+1\d{10}$/),
  extension: z.string().nullable(),
  tel: z.string().startsWith('tel:+1'),
});
export type Phone = z.infer<typeof Phone>;

export const Office = z.object({
  kind: z.enum(['district', 'washington']),
  /** The street line(s), one line; null when the data has no address. */
  address: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  zip: z.string().nullable(),
  phone: Phone.nullable(),
  /** From the ZIP's point to the office; null for Washington and for offices without coordinates. */
  distanceKm: z.number().nullable(),
  distanceMiles: z.number().nullable(),
});
export type Office = z.infer<typeof Office>;

export const CONGRESS_ROLES = ['senator', 'representative', 'delegate', 'resident-commissioner'] as const;

export const MemberOfCongress = z.object({
  /** Bioguide ID, e.g. W000817. */
  id: z.string(),
  name: z.string(),
  party: z.string(),
  chamber: z.enum(['senate', 'house']),
  role: z.enum(CONGRESS_ROLES),
  state: z.string(),
  stateName: z.string(),
  /** House district; 0 = at-large (or a delegate's whole territory); null for senators. */
  district: z.number().int().nullable(),
  atLarge: z.boolean(),
  /** "MA-7", "AK-AL", or the state code for senators. */
  seat: z.string(),
  rank: z.enum(['senior', 'junior']).nullable(),
  /** The number to call first: the nearest district office with a phone, else Washington. */
  phone: Phone.nullable(),
  /** District offices nearest first (those without coordinates after), then Washington. */
  offices: z.array(Office),
  url: z.string().nullable(),
  termEnd: z.string(),
  notes: z.array(Note),
});
export type MemberOfCongress = z.infer<typeof MemberOfCongress>;

export const VacantSeat = z.object({ state: z.string(), district: z.number().int(), seat: z.string() });
export type VacantSeat = z.infer<typeof VacantSeat>;

/** The date each source's files were last changed, YYYY-MM-DD, by source id (see LEGISLATOR_SOURCE_IDS). */
export const AsOf = z.record(z.string(), z.string());
export type AsOf = z.infer<typeof AsOf>;

export const LookupArgs = z.strictObject({
  /** 5 digits, or ZIP+4 ("02130-1234"); checked by core so the refusal can say what a ZIP looks like. */
  zip: z.string().max(20),
  language: Language.optional(),
});

export const LookupResult = z.object({
  zip: z.string(),
  /** The postal place name (GeoNames) to pre-fill {town}; the person may change it. */
  town: z.string().nullable(),
  /** The ZIP's main state (the post office's), and every state its area touches. */
  state: z.string(),
  stateName: z.string(),
  states: z.array(z.string()),
  jurisdiction: z.enum(['state', 'district-of-columbia', 'territory']),
  senators: z.array(MemberOfCongress),
  /** Every possible representative (several for a split ZIP). */
  representatives: z.array(MemberOfCongress),
  vacantSeats: z.array(VacantSeat),
  /** More than one House seat is possible: the person must choose. */
  split: z.boolean(),
  /** Set when the state legislators can't be found from a ZIP and must be picked from a list. */
  stateLegislature: z
    .object({ state: z.string(), how: z.literal('choose-from-list'), method: z.literal('legislators.searchState') })
    .nullable(),
  notes: z.array(Note),
  asOf: AsOf,
});
export type LookupResult = z.infer<typeof LookupResult>;

export const SearchStateArgs = z.strictObject({
  state: z.literal('MA'),
  query: z.string().max(100).optional(),
  language: Language.optional(),
});

export const StatePhone = z.object({
  kind: z.enum(['district', 'capitol']),
  address: z.string().nullable(),
  phone: Phone,
});

export const StateLegislator = z.object({
  id: z.string(),
  name: z.string(),
  party: z.string(),
  chamber: z.enum(['senate', 'house']),
  /** e.g. "3rd Suffolk", "Second Middlesex". */
  district: z.string(),
  /** The best number: a district office's if there is one, else the State House's. */
  phone: Phone.nullable(),
  phoneKind: z.enum(['district', 'capitol']).nullable(),
  phones: z.array(StatePhone),
  email: z.string().nullable(),
  url: z.string().nullable(),
  notes: z.array(Note),
});
export type StateLegislator = z.infer<typeof StateLegislator>;

export const SearchStateResult = z.object({
  state: z.string(),
  stateName: z.string(),
  query: z.string(),
  senators: z.array(StateLegislator),
  representatives: z.array(StateLegislator),
  seats: z.object({ senate: z.number().int(), house: z.number().int() }),
  /** Members in the whole data set (not only those matching the query). */
  members: z.object({ senate: z.number().int(), house: z.number().int() }),
  notes: z.array(Note),
  asOf: AsOf,
});
export type SearchStateResult = z.infer<typeof SearchStateResult>;

export const SourceInfo = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  files: z.array(z.string()),
  license: z.string(),
  licenseUrl: z.string().nullable(),
  /** Credit the app must show (GeoNames' CC BY 4.0), or null when none is required. */
  attribution: z.string().nullable(),
  commit: z.string().nullable(),
  asOf: z.string(),
  /** When an organizer imported these files; null for the data shipped with the app. */
  importedAt: z.string().nullable(),
});
export type SourceInfo = z.infer<typeof SourceInfo>;

export const LegislatorCounts = z.object({
  members: z.number().int(),
  senators: z.number().int(),
  representatives: z.number().int(),
  delegates: z.number().int(),
  districtOffices: z.number().int(),
  zips: z.number().int(),
  zctas: z.number().int(),
  maLegislators: z.number().int(),
});
export type LegislatorCounts = z.infer<typeof LegislatorCounts>;

/** valid; expiring: in its last 30 days (the console warns); expired: from the valid-until day on. */
export const ValidityStatus = z.enum(['valid', 'expiring', 'expired']);
export type ValidityStatus = z.infer<typeof ValidityStatus>;

const PartValidity = z.object({
  /** The day its legislature's term ends (YYYY-MM-DD): from then on, others may hold the seats. */
  validUntil: z.iso.date(),
  status: ValidityStatus,
});

/** How long each part of the data describes the sitting members, judged on the kiosk's today. */
export const DataValidity = z.object({ congress: PartValidity, maLegislature: PartValidity });
export type DataValidity = z.infer<typeof DataValidity>;

export const InfoResult = z.object({
  formatVersion: z.number().int(),
  origin: z.enum(['shipped', 'imported']),
  importedAt: z.string().nullable(),
  asOf: AsOf,
  sources: z.array(SourceInfo),
  /** Lines for a Credits screen. */
  attributions: z.array(z.string()),
  counts: LegislatorCounts,
  vacantSeats: z.array(z.string()),
  validity: DataValidity,
  /** The kiosk's today (YYYY-MM-DD, UTC) the validity was judged on. */
  today: z.iso.date(),
});
export type InfoResult = z.infer<typeof InfoResult>;

/** One file may be up to 8 MB of text; the console sends the files in batches. */
export const ImportArgs = z.strictObject({
  files: z
    .array(z.strictObject({ name: z.string().min(1).max(300), content: z.string().max(8 * 1024 * 1024) }))
    .min(1)
    .max(400),
  /** The day the files were downloaded (YYYY-MM-DD); defaults to today. */
  asOf: z.iso.date().optional(),
  /** Check and report without changing anything. */
  dryRun: z.boolean().optional(),
});
export type ImportArgs = z.infer<typeof ImportArgs>;

const NamedMember = z.object({ id: z.string(), name: z.string(), seat: z.string() });

export const ImportReport = z.object({
  applied: z.boolean(),
  files: z.array(z.object({ name: z.string(), source: z.string(), records: z.number().int() })),
  counts: LegislatorCounts,
  changes: z.object({
    members: z.object({
      added: z.array(NamedMember),
      removed: z.array(NamedMember),
      /** Same person, something else changed (party, seat, phone...). */
      changed: z.array(NamedMember.extend({ fields: z.array(z.string()) })),
    }),
    offices: z.object({
      added: z.number().int(),
      removed: z.number().int(),
      changed: z.number().int(),
      byMember: z.array(
        z.object({ id: z.string(), name: z.string(), added: z.number().int(), removed: z.number().int(), changed: z.number().int() }),
      ),
    }),
    zips: z.object({
      added: z.number().int(),
      removed: z.number().int(),
      districtsChanged: z.number().int(),
      examples: z.array(z.string()),
    }),
    maLegislators: z.object({ added: z.array(NamedMember), removed: z.array(NamedMember) }),
  }),
  warnings: z.array(z.string()),
  asOf: AsOf,
});
export type ImportReport = z.infer<typeof ImportReport>;
