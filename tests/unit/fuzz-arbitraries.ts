/**
 * Hostile inputs for the fuzz tests: strings that break naive code (control characters, bidi
 * marks, lone surrogates, SQL and spreadsheet-formula payloads, huge strings), values of every
 * wrong type (NaN, -0, BigInt, Date, typed arrays: what Electron's structured clone can carry),
 * prototype-pollution keys and deep nesting; and arguments derived from each method's own schema
 * (through zod's JSON Schema), so most calls get past the first check and reach the handler, with
 * a hostile value slipped in at any depth.
 */
import fc from 'fast-check';
import { z } from 'zod';

const HUGE = 'x'.repeat(1_000_000);

export const HOSTILE_STRINGS: readonly string[] = [
  '',
  ' ',
  '   \t ',
  '\u0000',
  'Ana\u0000Pérez',
  'line\r\nbreak',
  '\u001b[31mred',
  '\u0007\u0008\u007f',
  '\u202eevil\u202c', // right-to-left override
  '\u200fשלום\u200f', // right-to-left mark, Hebrew
  '\u2066isolate\u2069',
  'مرحبا بكم',
  '\ufeffbom',
  '\u200b\u200c\u200d',
  '🙂',
  '👩🏽‍🚀🏳️‍🌈',
  'e\u0301\u0301\u0301',
  '\ud800', // lone high surrogate
  '\udfff', // lone low surrogate
  'a\ud83db',
  "' OR 1=1 --",
  "Robert'); DROP TABLE signups;--",
  '" OR ""="',
  '%',
  '_',
  '\\',
  '=HYPERLINK("http://evil.example","click")',
  '=cmd|\' /C calc\'!A0',
  '+1+1',
  '-2+3',
  '@SUM(A1:A9)',
  '\t=1',
  '\r=1',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}}',
  '${7*7}',
  '{name}{town}{legislator}{organization}',
  '../../../../etc/passwd',
  'C:\\Windows\\System32',
  'file:///etc/passwd',
  'NaN',
  'Infinity',
  '-0',
  'null',
  'undefined',
  '[]',
  '{}',
  '00000000-0000-0000-0000-000000000000',
  '02130',
  '246810',
  'x'.repeat(201),
  '9'.repeat(400),
  'é'.repeat(5000),
  'x'.repeat(65_537),
];

export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...HOSTILE_STRINGS), fc.string({ maxLength: 10 })).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: fc.constant(HUGE) },
);

const ODD_NUMBERS = [NaN, Infinity, -Infinity, -0, 0, 1, -1, 0.5, 1e308, -1e308, 5e-324, 2 ** 31, 2 ** 53, 2 ** 53 + 2, Number.MAX_SAFE_INTEGER + 1];

function nested(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

/** Own keys JSON.parse creates as plain properties, as a hostile HTTP body would. */
const POLLUTING = [
  () => JSON.parse('{"__proto__": {"polluted": "yes"}}') as unknown,
  () => JSON.parse('{"constructor": {"prototype": {"polluted": "yes"}}}') as unknown,
  () => JSON.parse('{"__proto__": {"polluted": "yes"}, "language": "en", "firstName": "Ana"}') as unknown,
  () => Object.create(null) as unknown,
];

/** Values that can reach core: JSON from the browser host, structured clones over Electron IPC. */
export const hostileValue: fc.Arbitrary<unknown> = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: hostileString },
    { weight: 2, arbitrary: fc.constantFrom(...ODD_NUMBERS) },
    { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined)) },
    { weight: 1, arbitrary: fc.constantFrom<unknown>(10n, new Date(NaN), new Date(0), new Uint8Array([1, 2, 3]), new Map([['a', 1]]), new Set([1]), /x/g) },
    { weight: 1, arbitrary: fc.constantFrom(...POLLUTING).map((make) => make()) },
    { weight: 1, arbitrary: fc.constantFrom(nested(5000, 'deep', true), nested(5000, 'deep', false), nested(40, {}, false)) },
    { weight: 2, arbitrary: fc.array(tie('value'), { maxLength: 4 }) },
    { weight: 2, arbitrary: fc.dictionary(fc.oneof(hostileString, fc.constantFrom('__proto__', 'constructor', 'language', 'pin', 'id')), tie('value'), { maxKeys: 4 }) },
  ),
})).value;

type JsonSchema = {
  type?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  pattern?: string;
  format?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  items?: JsonSchema;
  properties?: Record<string, JsonSchema>;
  required?: string[];
};

/** A value of the schema's shape, with boundaries (max, max + 1) and, sometimes, a hostile value. */
function fromSchema(schema: JsonSchema): fc.Arbitrary<unknown> {
  return fc.oneof({ weight: 12, arbitrary: shaped(schema) }, { weight: 1, arbitrary: hostileValue });
}

function shaped(schema: JsonSchema): fc.Arbitrary<unknown> {
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map(fromSchema));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...schema.enum) }, { weight: 1, arbitrary: hostileString });
  switch (schema.type) {
    case 'string': {
      if (schema.pattern) return fc.oneof({ weight: 4, arbitrary: fc.stringMatching(new RegExp(schema.pattern)) }, { weight: 1, arbitrary: hostileString });
      const max = schema.maxLength ?? 300;
      const min = schema.minLength ?? 0;
      return fc.oneof(
        { weight: 3, arbitrary: fc.string({ minLength: Math.min(min, 300), maxLength: Math.min(max, 300) }) },
        { weight: 3, arbitrary: hostileString },
        { weight: 1, arbitrary: fc.constantFrom('x'.repeat(max), 'x'.repeat(max + 1), 'x'.repeat(Math.max(min - 1, 0))) },
      );
    }
    case 'integer':
    case 'number': {
      const min = schema.minimum ?? -1e9;
      const max = schema.maximum ?? 1e9;
      return fc.oneof(
        { weight: 3, arbitrary: fc.integer({ min: Math.max(min, -1e9), max: Math.min(max, 1e9) }) },
        { weight: 1, arbitrary: fc.constantFrom(min, max, min - 1, max + 1, min + 0.5) },
        { weight: 1, arbitrary: fc.constantFrom(...ODD_NUMBERS) },
      );
    }
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const items = schema.items ? fromSchema(schema.items) : hostileValue;
      const max = Math.min(schema.maxItems ?? 5, 5);
      return fc.oneof(
        { weight: 4, arbitrary: fc.array(items, { minLength: Math.min(schema.minItems ?? 0, max), maxLength: max }) },
        { weight: 1, arbitrary: fc.constant(Array.from({ length: (schema.maxItems ?? 50) + 1 }, () => 'x')) },
      );
    }
    case 'object': {
      const properties = schema.properties ?? {};
      const model = Object.fromEntries(Object.entries(properties).map(([key, value]) => [key, fromSchema(value)]));
      const required = new Set(schema.required ?? []);
      const record = fc.record(model, { requiredKeys: Object.keys(model).filter((k) => required.has(k)) });
      return fc.oneof(
        { weight: 6, arbitrary: record },
        // A required key missing, or an extra (possibly polluting) key added.
        { weight: 1, arbitrary: fc.record(model, { requiredKeys: [] }) },
        {
          weight: 1,
          arbitrary: fc
            .tuple(record, fc.constantFrom('__proto__', 'constructor', 'extra', 'isOrganizer', 'token'), hostileValue)
            .map(([value, key, extra]) => Object.defineProperty({ ...(value as object) }, key, { value: extra, enumerable: true, writable: true, configurable: true })),
        },
      );
    }
    default:
      return hostileValue;
  }
}

/** Arguments for a contract method, derived from its zod schema. */
export function argsFor(schema: z.ZodType): fc.Arbitrary<unknown> {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return fromSchema(json);
}

/** What core parses: a call without arguments is parsed as `{}`. */
export const passesSchema = (schema: z.ZodType, args: unknown): boolean => schema.safeParse(args === undefined ? {} : args).success;

/**
 * Arguments derived from the schema that also pass it (hostile text included, as long as the
 * schema allows it), so that a fuzzed call reaches the handler; null when fewer than 1 in 100 of
 * the derived values pass, where filtering would spin (a method then relies on hand-made values).
 */
export function validArgsFor(schema: z.ZodType): fc.Arbitrary<unknown> | null {
  const derived = argsFor(schema);
  const probe = fc.sample(derived, { numRuns: 300, seed: 1 });
  if (probe.filter((args) => passesSchema(schema, args)).length < 3) return null;
  return derived.filter((args) => passesSchema(schema, args));
}
