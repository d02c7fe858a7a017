/**
 * The compact legislator data file (data/legislators/dataset.json, and each organizer import):
 * one JSON document the app reads with JSON.parse, never YAML. Members are objects (a few hundred);
 * the ~41,000 ZIP codes are stored as columns of equal length, which is about a third smaller than
 * one object per ZIP. It keeps what each source said, unmixed, so that an import of one source's
 * files can replace that part alone; what the lookup derives (e.g. a PO-box ZIP's districts from
 * its town) is computed when the data is loaded.
 */
import { z } from 'zod';
import { SOURCE_IDS } from './catalog';
import { isStoredPhone } from './phone';

export const DATASET_FORMAT = 'take-action-kiosk/legislators';
export const DATASET_VERSION = 1;

const isoDate = z.iso.date();
const stateCode = z.string().regex(/^[A-Z]{2}$/);
const zip = z.string().regex(/^\d{5}$/, 'a 5-digit ZIP code');
const storedPhone = z.string().refine(isStoredPhone, 'not a stored phone number');
const latitude = z.number().min(-90).max(90);
const longitude = z.number().min(-180).max(180);

/** [id, address, city, state, zip, phone, latitude, longitude] */
export const StoredOffice = z.tuple([
  z.string(),
  z.string().nullable(),
  z.string().nullable(),
  stateCode.nullable(),
  zip.nullable(),
  storedPhone.nullable(),
  latitude.nullable(),
  longitude.nullable(),
]);
export type StoredOffice = z.infer<typeof StoredOffice>;

export const StoredMember = z.strictObject({
  id: z.string().regex(/^[A-Z]\d{6}$/),
  name: z.string().min(1),
  party: z.string().min(1),
  type: z.enum(['sen', 'rep']),
  state: stateCode,
  /** House only: 0 = at-large; null for senators. */
  district: z.number().int().min(0).nullable(),
  rank: z.enum(['senior', 'junior']).nullable(),
  /** The Washington office. */
  phone: storedPhone.nullable(),
  dcAddress: z.string().nullable(),
  url: z.string().nullable(),
  termStart: isoDate,
  termEnd: isoDate,
  /** District offices, in the source's order. */
  offices: z.array(StoredOffice),
});
export type StoredMember = z.infer<typeof StoredMember>;

/** [classification, address, phone] */
export const StoredStateOffice = z.tuple([z.enum(['capitol', 'district']), z.string().nullable(), storedPhone.nullable()]);
export type StoredStateOffice = z.infer<typeof StoredStateOffice>;

export const StoredStateLegislator = z.strictObject({
  id: z.string().min(1),
  name: z.string().min(1),
  /** Other spellings ("Michael O. Moore" for "Mike Moore"), for search. */
  otherNames: z.array(z.string()),
  chamber: z.enum(['upper', 'lower']),
  district: z.string().min(1),
  party: z.string().min(1),
  email: z.string().nullable(),
  url: z.string().nullable(),
  offices: z.array(StoredStateOffice),
});
export type StoredStateLegislator = z.infer<typeof StoredStateLegislator>;

/**
 * One row per ZIP known to any source, sorted. Fixed-width columns are single strings (a JSON
 * string parses much faster than an array, and is smaller): `zip` has 5 characters a row,
 * `placeState` 2 ("--" for none, e.g. military APO/FPO codes), `pointFrom` 1.
 * `districts` is zccd.csv's, e.g. "MA7 MA8" ("" when the ZIP is not a ZCTA there); `place` and
 * `placeState` are GeoNames' ("" / "--" when absent). The point is the Census one where
 * `pointFrom` has "c", GeoNames' where "g", none where "-".
 */
export const ZipTable = z
  .strictObject({
    count: z.number().int().min(0),
    zip: z.string().regex(/^\d*$/),
    districts: z.array(z.string().regex(/^(?:[A-Z]{2}\d{1,2}(?: [A-Z]{2}\d{1,2})*)?$/)),
    place: z.array(z.string()),
    placeState: z.string().regex(/^(?:[A-Z]{2}|--)*$/),
    lat: z.array(latitude.nullable()),
    lon: z.array(longitude.nullable()),
    pointFrom: z.string().regex(/^[cg-]*$/),
  })
  .superRefine((table, ctx) => {
    const n = table.count;
    const widths = { zip: 5, placeState: 2, pointFrom: 1 } as const;
    for (const [column, width] of Object.entries(widths) as [keyof typeof widths, number][]) {
      if (table[column].length !== n * width) ctx.addIssue({ code: 'custom', path: [column], message: `has ${table[column].length / width} rows, not ${n}` });
    }
    for (const column of ['districts', 'place', 'lat', 'lon'] as const) {
      if (table[column].length !== n) ctx.addIssue({ code: 'custom', path: [column], message: `has ${table[column].length} rows, not ${n}` });
    }
    for (let i = 1; i < n; i++) {
      if (table.zip.slice((i - 1) * 5, i * 5) >= table.zip.slice(i * 5, i * 5 + 5)) {
        ctx.addIssue({ code: 'custom', path: ['zip', i], message: 'ZIP codes must be sorted and unique' });
        break;
      }
    }
  });
export type ZipTable = z.infer<typeof ZipTable>;

export const StoredSource = z.strictObject({
  id: z.enum(SOURCE_IDS),
  name: z.string(),
  url: z.string(),
  files: z.array(z.string()),
  license: z.string(),
  licenseUrl: z.string().nullable(),
  attribution: z.string().nullable(),
  commit: z.string().nullable(),
  asOf: isoDate,
  importedAt: z.string().nullable(),
});
export type StoredSource = z.infer<typeof StoredSource>;

/**
 * The last day each part describes the sitting members: the day its legislature's term ends
 * (validity.ts). Imports saved before this field existed derive it when loaded.
 */
export const ValidUntil = z.strictObject({ congress: isoDate, maLegislature: isoDate });
export type ValidUntil = z.infer<typeof ValidUntil>;

export const Dataset = z.strictObject({
  format: z.literal(DATASET_FORMAT),
  version: z.literal(DATASET_VERSION),
  validUntil: ValidUntil.optional(),
  sources: z.array(StoredSource).length(SOURCE_IDS.length),
  members: z.array(StoredMember),
  maLegislators: z.array(StoredStateLegislator),
  zips: ZipTable,
});
export type Dataset = z.infer<typeof Dataset>;

export const zipAt = (table: ZipTable, i: number) => table.zip.slice(i * 5, i * 5 + 5);
export const placeStateAt = (table: ZipTable, i: number) => {
  const state = table.placeState.slice(i * 2, i * 2 + 2);
  return state === '--' ? '' : state;
};

/** The cheap check done at start-up (the full schema is for imports and tests). */
export function hasDatasetHeader(value: unknown): value is Dataset {
  const v = value as Partial<Dataset> | null;
  return (
    typeof v === 'object' &&
    v !== null &&
    v.format === DATASET_FORMAT &&
    v.version === DATASET_VERSION &&
    Array.isArray(v.members) &&
    Array.isArray(v.maLegislators) &&
    Array.isArray(v.sources) &&
    typeof v.zips === 'object'
  );
}

/** The newest date among the sources: which of two data sets is fresher. */
export function newestAsOf(dataset: Pick<Dataset, 'sources'>): string {
  return dataset.sources.reduce((newest, s) => (s.asOf > newest ? s.asOf : newest), '');
}

/**
 * JSON with one member (or source, or ZIP column) per line: still one JSON.parse, and a data
 * refresh shows up in `git diff` as the members that changed.
 */
export function serializeDataset(dataset: Dataset): string {
  const list = (items: unknown[]) => `[\n${items.map((item) => JSON.stringify(item)).join(',\n')}\n]`;
  const zips = Object.entries(dataset.zips)
    .map(([key, column]) => `${JSON.stringify(key)}:${JSON.stringify(column)}`)
    .join(',\n');
  return (
    `{"format":${JSON.stringify(dataset.format)},"version":${dataset.version},\n` +
    (dataset.validUntil ? `"validUntil":${JSON.stringify(dataset.validUntil)},\n` : '') +
    `"sources":${list(dataset.sources)},\n` +
    `"members":${list(dataset.members)},\n` +
    `"maLegislators":${list(dataset.maLegislators)},\n` +
    `"zips":{\n${zips}\n}}\n`
  );
}
