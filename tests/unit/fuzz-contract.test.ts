/**
 * Property tests over every contract method (METHOD_NAMES, so a new method is fuzzed the day it
 * is added), with and without an organizer session, with hostile arguments (fuzz-arbitraries.ts).
 *
 * For every call: core.call resolves (never throws) to `{ ok: true, result }` valid under the
 * method's result schema, or to `{ ok: false, error }` with a known code and a sentence; never
 * "internal" (that would be a bug found); nothing logged; no prototype polluted. Around every call:
 * a refused call changed no stored row (only wrong PINs are counted, by design); every stored
 * sign-up keeps its consent records. At the end the database passes integrity_check.
 *
 * TAK_FUZZ_RUNS sets the runs per method and mode (default 25); TAK_FUZZ_SEED replays a seed.
 */
import type Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { contract, METHOD_NAMES, type MethodName } from '../../src/common/contract';
import { ERROR_CODES, type ApiResponse } from '../../src/common/errors';
import { createCore, type Core } from '../../src/core/core';
import { PIN_STATE_KEYS } from '../../src/core/auth/pin';
import { argsFor, hostileString, hostileValue, passesSchema, validArgsFor } from './fuzz-arbitraries';
import { ReachTally } from './fuzz-reach';
import { committedDataset, zccdCsv } from './legislators-helpers';
import { fingerprintTables, TestClock, validSignup } from './helpers';

const RUNS = Number(process.env.TAK_FUZZ_RUNS ?? 25);
const SEED = process.env.TAK_FUZZ_SEED === undefined ? undefined : Number(process.env.TAK_FUZZ_SEED);
const PIN = '246810';
/** The methods that write people's data get more runs. */
const MORE_RUNS: Partial<Record<MethodName, number>> = { 'signup.create': 4, 'signups.addPaper': 2, 'content.import': 4, 'event.update': 2, 'calls.log': 2 };
const PIN_METHODS = new Set<MethodName>(['organizer.login', 'organizer.setup']);

/** Arguments made at call time from the current data (an existing id, the current count). */
class Later {
  constructor(
    readonly label: string,
    readonly make: () => unknown,
  ) {}
  toString() {
    return `Later(${this.label})`;
  }
}

let dir: string;
let core: Core;
let db: Database.Database;
let token = '';
const clock = new TestClock();
let packJson = '';
let backupBase64 = '';
let orgIds: string[] = [];
/** The ZIP-to-district file in its upstream format (the quickest legislator file to import). */
let legislatorZccd = '';
/** How far the calls get, per method: printed at the end, and each method's floor is asserted. */
const reach = new ReachTally();
/** Every method and mode: at least this share of the calls that could reach the handler do. */
const MIN_REACHED = 1 / 3;
/** The writers must also get this share of calls through to a stored result. */
const MIN_OK: Partial<Record<MethodName, number>> = { 'signup.create': 1 / 4, 'event.update': 1 / 3, 'content.import': 1 / 5, 'backup.restore': 1 / 5, 'legislators.import': 1 / 5 };

async function call(method: string, args: unknown, withToken?: string): Promise<ApiResponse> {
  return core.call(method, args, { token: withToken });
}

async function mustOk<T>(method: string, args: unknown, withToken?: string): Promise<T> {
  const answer = await call(method, args, withToken);
  if (!answer.ok) throw new Error(`${method}: ${answer.error.code} ${answer.error.message}`);
  return answer.result as T;
}

/** A session that works now: after a fuzzed logout, or a lockout by fuzzed wrong PINs. */
async function freshToken(): Promise<string> {
  let answer = await call('organizer.login', { pin: PIN });
  if (!answer.ok) {
    clock.advance(2 * 60 * 60_000); // past the longest lockout
    answer = await call('organizer.login', { pin: PIN });
  }
  if (!answer.ok) throw new Error(`cannot sign in again: ${answer.error.message}`);
  return (answer.result as { token: string }).token;
}

// Sealed or not: once the fuzzer has made a data key, sign-ups are sealed.
const signupIds = () => db.prepare('SELECT id FROM signups UNION ALL SELECT id FROM sealed_signups ORDER BY 1').pluck().all() as string[];
const signupCount = () => signupIds().length;

/** Every stored row (PIN counters aside for PIN methods), hashed. */
function fingerprint(method: string): string {
  const pinMethod = PIN_METHODS.has(method as MethodName);
  // Wrong passphrases are counted too, by design (the vault's attempt guard).
  const passphraseMethod = method === 'vault.unlock' || method === 'organizer.resetPin';
  return fingerprintTables(
    db,
    (table, row) => table === 'app_state' && ((pinMethod && PIN_STATE_KEYS.includes(String(row.key))) || (passphraseMethod && String(row.key).startsWith('vault_'))),
  );
}

/** Sign-ups whose consent records are not exactly: email, sms, and one share per organization. */
function partialSignups(): number {
  const row = db
    .prepare(
      `SELECT
         (SELECT COUNT(*) FROM signups s
            WHERE (SELECT COUNT(*) FROM consents c WHERE c.signup_id = s.id AND c.kind = 'email') <> 1
               OR (SELECT COUNT(*) FROM consents c WHERE c.signup_id = s.id AND c.kind = 'sms') <> 1)
       + (SELECT COUNT(*) FROM signup_organizations o WHERE NOT EXISTS
            (SELECT 1 FROM consents c WHERE c.signup_id = o.signup_id AND c.kind = 'share' AND c.organization_id = o.organization_id))
       + (SELECT COUNT(*) FROM consents c WHERE c.kind = 'share' AND NOT EXISTS
            (SELECT 1 FROM signup_organizations o WHERE o.signup_id = c.signup_id AND o.organization_id = c.organization_id))
       AS n`,
    )
    .get() as { n: number };
  return row.n;
}

/**
 * Arguments with meaning for this kiosk's data, mostly valid, with awkward but legal text (accents,
 * emoji, right-to-left scripts, quotes, formula and SQL look-alikes), so the fuzzer reaches the
 * writes and the exports, not only the schema checks.
 */
function domainArgs(method: MethodName): fc.Arbitrary<unknown> | null {
  const legalName = fc.constantFrom('Ana', 'José', 'Nguyễn Thị', 'Zoë 🌻', 'محمد', 'דוד', "O'Brien", '=SUM(A1)', "Robert'); DROP TABLE signups;--", '@Cy', '+Ana', 'Ana "Pepe"');
  const name = fc.oneof({ weight: 9, arbitrary: legalName }, { weight: 1, arbitrary: hostileString });
  const text = fc.oneof({ weight: 3, arbitrary: legalName }, { weight: 1, arbitrary: hostileString });
  const org = fc.constantFrom(...orgIds);
  switch (method) {
    case 'signup.create':
      return fc
        .record(
          {
            language: fc.constantFrom('en', 'es'),
            firstName: name,
            lastName: name,
            email: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('a@example.org', '=1+1@example.org', "o'brien@example.org", 'Zoe.Ana@Example.ORG') }, { weight: 1, arbitrary: fc.oneof(fc.constant('ZOË@Example.ORG'), hostileString) }),
            phone: fc.oneof({ weight: 8, arbitrary: fc.constantFrom('617-555-0123', '+1 (212) 555-0199', '+52 55 1234 5678') }, { weight: 1, arbitrary: hostileString }),
            zip: fc.oneof({ weight: 8, arbitrary: fc.stringMatching(/^\d{5}$/) }, { weight: 1, arbitrary: hostileString }),
            organizationIds: fc.subarray(orgIds, { maxLength: 4 }),
            consent: fc.record({ email: fc.boolean(), sms: fc.boolean() }),
            clientId: fc.uuid(),
          },
          { requiredKeys: ['language', 'firstName', 'email', 'organizationIds', 'consent'] },
        )
        // As the kiosk does: a box is ticked only when its way of contact was given.
        .map((args) => ({ ...args, consent: { email: args.consent.email && args.email !== undefined, sms: args.consent.sms && args.phone !== undefined } }));
    case 'organizer.login':
      return fc.record({ pin: fc.oneof({ weight: 3, arbitrary: fc.constant(PIN) }, { weight: 1, arbitrary: fc.constantFrom('000000', '2468100', ' 246810', '') }) });
    case 'legislators.searchState':
      return fc.record({ state: fc.constant('MA'), query: fc.oneof(fc.constantFrom('Suffolk', 'Boston', 'miranda', 'Worcester', 'Barnstable', 'ñ'), text), language: fc.constantFrom('en', 'es') }, { requiredKeys: ['state'] });
    case 'legislators.import':
      // A whole file in its upstream format (written from the shipped data), or cut short.
      return fc
        .tuple(fc.oneof({ weight: 9, arbitrary: fc.constant(1) }, { weight: 1, arbitrary: fc.double({ min: 0, max: 0.9, noNaN: true }) }), fc.boolean())
        .map(([kept, dryRun]) => ({ files: [{ name: 'zccd.csv', content: legislatorZccd.slice(0, Math.floor(legislatorZccd.length * kept)) }], dryRun }));
    case 'signups.addPaper': {
      // A typed-in row of a paper sheet: the same fields as a kiosk sign-up, and the sheet's languages.
      const signup = domainArgs('signup.create');
      const sheet = fc.record({ language: fc.constantFrom('en', 'es'), secondLanguage: fc.constantFrom('en', 'es') }, { requiredKeys: ['language'] });
      return signup && fc.record({ sheet, signup });
    }
    case 'calls.log': {
      // Mostly a script with a legislator it is for; sometimes the wrong body, or strangers.
      const outcome = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('talked', 'voicemail', 'no-answer') }, { weight: 1, arbitrary: hostileString });
      const congress = fc.record({ scriptId: fc.constant('us-congress-refugees'), legislatorId: fc.constantFrom('W000817', 'M000133', 'P000617'), outcome });
      const ma = fc.record({
        scriptId: fc.constant('ma-safe-communities'),
        legislatorId: fc.constantFrom('ocd-person/703d6d4e-3a1d-4a2e-82e3-3c9693b75953', 'ocd-person/4183f327-e2a6-4b1a-9d23-161da1b5e261'),
        outcome,
      });
      const strangers = fc.record({
        scriptId: fc.oneof(fc.constantFrom('us-congress-refugees', 'ma-safe-communities'), text),
        legislatorId: fc.oneof(fc.constantFrom('W000817', 'ocd-person/703d6d4e-3a1d-4a2e-82e3-3c9693b75953', 'X999999', 'ocd-person/', 'w000817', ' W000817'), hostileString),
        outcome,
      });
      return fc.oneof({ weight: 3, arbitrary: congress }, { weight: 3, arbitrary: ma }, { weight: 2, arbitrary: strangers });
    }
    case 'legislators.lookup':
      return fc.record({ zip: fc.oneof(fc.constantFrom('02130', '10001', '60601', '90001', '00000', '99999'), fc.stringMatching(/^\d{5}$/)), language: fc.constantFrom('en', 'es') }, { requiredKeys: ['zip'] });
    case 'event.update':
      return fc.record(
        {
          name: text,
          place: fc.option(text, { nil: null }),
          idleSeconds: fc.integer({ min: 20, max: 180 }),
          region: fc.constantFrom('massachusetts', 'new-york-city', 'chicago', 'los-angeles', 'us-mexico-border', 'nationwide'),
          signupMode: fc.constantFrom('standard', 'no-last-name', 'browse-only'),
          defaultLanguage: fc.constantFrom('en', 'es'),
          showCallCount: fc.boolean(),
        },
        { requiredKeys: [] },
      );
    case 'documents.pdf': {
      const common = { language: fc.constantFrom('en', 'es'), paper: fc.constantFrom('letter', 'a4') };
      return fc.oneof(
        fc.record({ kind: fc.constant('flyer'), ...common, organizationIds: fc.subarray(orgIds, { minLength: 1, maxLength: 6 }) }, { requiredKeys: ['kind', 'language', 'paper'] }),
        fc.record({ kind: fc.constant('directory'), ...common }),
        fc.record(
          {
            kind: fc.constant('script'),
            ...common,
            layout: fc.constantFrom('1-up', '2-up'),
            town: text,
            legislator: fc.record({ name: text, title: fc.constantFrom('Senator', 'Representative', 'Senadora'), phone: fc.constantFrom('(617) 555-0123', '=1+1') }, { requiredKeys: ['name', 'title'] }),
          },
          { requiredKeys: ['kind', 'language', 'paper'] },
        ),
        fc.record({ kind: fc.constant('signup-sheet'), ...common, pageCount: fc.integer({ min: 1, max: 3 }) }, { requiredKeys: ['kind', 'language', 'paper'] }),
      );
    }
    case 'signups.get':
    case 'signups.delete':
      return fc.nat().map((n) => new Later('an existing id', () => ({ id: signupIds()[n % Math.max(signupIds().length, 1)] ?? 'none' })));
    case 'signups.purge':
      return fc.constant(new Later('the current count', () => ({ confirmCount: signupCount() })));
    case 'signups.list':
      return fc.record({ query: name, limit: fc.integer({ min: 1, max: 1000 }), offset: fc.nat(50) }, { requiredKeys: [] });
    case 'signups.export':
    case 'signups.exportPreview':
      return fc.record({ format: fc.constantFrom('action-network', 'nationbuilder', 'mobilize', 'full'), organizationId: org }, { requiredKeys: ['format'] });
    case 'content.import':
      return fc.oneof(
        // One text a person reads (English or Spanish) replaced by awkward text: usually still a valid pack.
        { weight: 3, arbitrary: fc.tuple(fc.nat(), text).map(([n, value]) => new Later('a pack with new text', () => ({ pack: replaceNth(JSON.parse(packJson), n, value, 'text') }))) },
        // One value anywhere replaced by a hostile one: usually refused.
        { weight: 1, arbitrary: fc.tuple(fc.nat(), hostileValue).map(([n, value]) => new Later('a broken pack', () => ({ pack: replaceNth(JSON.parse(packJson), n, value) }))) },
      );
    case 'backup.restore':
      // A real backup: mostly intact, else bit-flipped or cut short.
      return fc
        .oneof({ weight: 4, arbitrary: fc.constant<[number[], boolean]>([[], false]) }, { weight: 1, arbitrary: fc.tuple(fc.array(fc.nat(), { maxLength: 4 }), fc.boolean()) })
        .map(([offsets, cut]) => new Later('a backup, maybe damaged', () => ({ base64: damage(backupBase64, offsets, cut), confirm: true })));
    default:
      return null;
  }
}

/** Replaces the n-th value (depth first; if asked, only the English and Spanish texts) of a JSON tree. */
function replaceNth(root: unknown, n: number, value: unknown, only?: 'text'): unknown {
  const slots: [Record<string, unknown> | unknown[], string | number][] = [];
  const walk = (node: unknown) => {
    if (node && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) {
        if (!only || (typeof child === 'string' && (key === 'en' || key === 'es'))) slots.push([node as Record<string, unknown>, Array.isArray(node) ? Number(key) : key]);
        walk(child);
      }
    }
  };
  walk(root);
  const slot = slots[n % Math.max(slots.length, 1)];
  if (slot) (slot[0] as Record<string | number, unknown>)[slot[1]] = value;
  return root;
}

function damage(base64: string, offsets: number[], cut: boolean): string {
  const bytes = Buffer.from(base64, 'base64');
  for (const offset of offsets) {
    const at = offset % bytes.length;
    bytes[at] = (bytes[at] ?? 0) ^ 0xff;
  }
  return (cut ? bytes.subarray(0, Math.floor(bytes.length / 2)) : bytes).toString('base64');
}

/**
 * Most calls get past the schema (so the handler runs on awkward but legal values), the rest test
 * the schema itself: values of its shape with something wrong, hostile values and plain junk.
 */
function argumentsFor(method: MethodName): fc.Arbitrary<unknown> {
  const domain = domainArgs(method);
  const valid = validArgsFor(contract[method].args);
  const options: fc.WeightedArbitrary<unknown>[] = [
    { weight: 1, arbitrary: argsFor(contract[method].args) },
    { weight: 1, arbitrary: hostileValue },
    { weight: 1, arbitrary: fc.constantFrom(undefined, null, {}, [], [{}], 'x', 0) },
  ];
  if (valid) options.push({ weight: domain ? 2 : 9, arbitrary: valid });
  if (domain) options.push({ weight: 10, arbitrary: domain });
  return fc.oneof(...options);
}

const prototypeKeys = () => Object.getOwnPropertyNames(Object.prototype).sort().join(',');
const cleanPrototype = prototypeKeys();

function checkAnswer(method: MethodName, answer: ApiResponse, description: string): void {
  expect(typeof answer, description).toBe('object');
  expect(() => JSON.stringify(answer), description).not.toThrow();
  if (answer.ok) {
    const parsed = contract[method].result.safeParse(answer.result);
    expect(parsed.success, `${description}: result does not match the schema`).toBe(true);
    return;
  }
  expect(ERROR_CODES, description).toContain(answer.error.code);
  expect(answer.error.code, `${description}: ${answer.error.message}`).not.toBe('internal');
  expect(typeof answer.error.message).toBe('string');
  expect(answer.error.message.trim().length, description).toBeGreaterThan(0);
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tak-fuzz-'));
  let live: Database.Database | undefined;
  core = createCore({ dataDir: dir, clock, onDatabaseOpen: (d) => (live = d) });
  if (!live) throw new Error('no live connection');
  db = live;
  token = (await mustOk<{ token: string }>('organizer.setup', { pin: PIN })).token;
  orgIds = (await mustOk<{ organizations: { id: string }[] }>('content.get', {})).organizations.map((o) => o.id);
  for (let i = 0; i < 5; i++) await mustOk('signup.create', { ...validSignup, email: `seed${i}@example.org` });
  packJson = (await mustOk<{ json: string }>('content.export', {}, token)).json;
  backupBase64 = (await mustOk<{ base64: string }>('backup.create', {}, token)).base64;
  legislatorZccd = zccdCsv(committedDataset());
});

afterAll(() => {
  core?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  const calls = [...reach.byMethod.values()].reduce((sum, r) => sum + r.calls, 0);
  console.log(`contract fuzz: ${calls} calls, ${reach.byMethod.size} methods, ${RUNS} runs per method and mode (more for some)\n${reach.table()}`);
});

describe.each([
  ['with an organizer session', true],
  ['without a session', false],
] as const)('every contract method, %s', (_label, signedIn) => {
  it.each(METHOD_NAMES.map((m) => [m]))('%s: hostile arguments give a valid answer and no partial write', async (method) => {
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    try {
      // Each method starts from an event that takes sign-ups (a fuzzed event.update may turn them off).
      token = await freshToken();
      await mustOk('event.update', { signupMode: 'standard' }, token);
      const tokens = signedIn ? fc.constant<string | undefined>(undefined) : fc.option(fc.oneof(hostileString, fc.base64String({ maxLength: 60 })), { nil: undefined });
      const eligible = signedIn || contract[method].access === 'public';
      const tally = { calls: 0, reached: 0, ok: 0 };
      await fc.assert(
        fc.asyncProperty(argumentsFor(method), tokens, async (spec, forgedToken) => {
          if (signedIn && !(await call('signups.count', {}, token)).ok) token = await freshToken();
          const args = spec instanceof Later ? spec.make() : spec;
          const before = fingerprint(method);
          const answer = await call(method, args, signedIn ? token : forgedToken);
          const description = `${method} ${String(spec instanceof Later ? spec : '')}`;
          const reached = eligible && passesSchema(contract[method].args, args);
          reach.record(method, { eligible, reached, code: answer.ok ? 'ok' : answer.error.code });
          tally.calls++;
          if (reached) tally.reached++;
          if (answer.ok) tally.ok++;

          checkAnswer(method, answer, description);
          if (!signedIn && contract[method].access === 'organizer') {
            expect(answer.ok ? 'ok' : answer.error.code, description).toBe('unauthorized');
          }
          if (!answer.ok) expect(fingerprint(method), `${description}: refused, yet something changed`).toBe(before);
          expect(partialSignups(), `${description}: a sign-up lost its consent records`).toBe(0);
          expect(prototypeKeys()).toBe(cleanPrototype);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          expect(errors).not.toHaveBeenCalled();
          expect(warnings).not.toHaveBeenCalled();
        }),
        { numRuns: RUNS * (MORE_RUNS[method] ?? 1), ...(SEED === undefined ? {} : { seed: SEED }) },
      );
      if (eligible) {
        expect(tally.reached, `${method}: calls past the schema, of ${tally.calls}`).toBeGreaterThanOrEqual(Math.ceil(MIN_REACHED * tally.calls));
        const minOk = MIN_OK[method];
        if (minOk) expect(tally.ok, `${method}: calls answered ok, of ${tally.calls}`).toBeGreaterThanOrEqual(Math.ceil(minOk * tally.calls));
      }
    } finally {
      errors.mockRestore();
      warnings.mockRestore();
    }
  }, 30_000 + RUNS * 2_000);
});

describe('after the fuzzing', () => {
  it('the database is sound, and reopens', async () => {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.pragma('foreign_key_check')).toEqual([]);
    const total = signupCount();
    core.close();
    let reopenedDb: Database.Database | undefined;
    core = createCore({ dataDir: dir, clock, onDatabaseOpen: (d) => (reopenedDb = d) });
    db = reopenedDb!;
    expect(core.startup.movedAside).toBeNull();
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((await mustOk<{ total: number }>('signups.count', {}, await freshToken())).total).toBe(total);
  });
});
