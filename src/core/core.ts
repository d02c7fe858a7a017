/**
 * The core: opens the store and serves the contract. Every transport calls `call()`, which parses
 * the arguments with the method's schema, enforces organizer access, runs the handler and turns
 * every failure into `{ code, message }`. Nothing thrown escapes it.
 */
import { contract, isMethodName, type MethodName } from '../common/contract';
import type { ApiResponse, FieldIssue } from '../common/errors';
import { PinGuard } from './auth/pin';
import { Sessions } from './auth/sessions';
import { isoNow, systemClock, type Clock } from './clock';
import { ContentStore } from './content/store';
import { removeStaleWorkFiles } from './backup/files';
import { openStore, type OpenOptions } from './db/open';
import { AppError, isStorageFull } from './errors';
import { ensureEvent } from './event/settings';
import { say, sentence, type Sentence } from './messages';
import { createHandlers, type CallContext, type Handlers } from './handlers';
import { LegislatorService } from './legislators/service';
import { logError } from './log';
import { installCorrections } from './i18n/corrections';
import { appPaths, type AppPaths } from './paths';
import { StorageErrors, systemStatus } from './system/status';
import type Database from 'better-sqlite3';
import { issuesIn, toIssues } from './validation';
import { Vault } from './vault/vault';
import type { KdfParams } from './vault/wrap';
import { People } from './signups/people';
import { needsSealing } from './vault/seal-existing';
import { sealWhatRemains } from './vault/handlers';
import { SyncService } from './sync/service';

export interface CoreOptions {
  /** Where the database lives (writable). */
  dataDir: string;
  /** The folder holding data/ and resources/ (read-only); defaults to the app's own. */
  appRoot?: string;
  clock?: Clock;
  nativeBinding?: OpenOptions['nativeBinding'];
  /** What the shell does when an organizer asks to close the app (Electron quits; the host has none). */
  onQuitRequested?: () => void;
  sessionIdleMs?: number;
  /**
   * The kiosk stays closed until an organizer PIN exists (organizer.status says `setupFirst`), so
   * it never stands in public with a console anyone could claim. On unless a shell is told
   * otherwise (`--open-without-pin`, for tests and demos). It closes the kiosk's screens only:
   * `organizer.setup` still answers, as DESIGN.md's outside tools need.
   */
  setupFirst?: boolean;
  /** Tests only: a cheaper passphrase KDF for new data keys (the real one takes ~0.7 s per try). */
  kdfCost?: KdfParams;
  /** Tests only: sees the live connection once it is open (e.g. to cap max_page_count). */
  onDatabaseOpen?: (db: Database.Database) => void;
}

export interface Core {
  call(method: string, args: unknown, context?: CallContext): Promise<ApiResponse>;
  /** What happened at start-up that an organizer should know (a damaged database moved aside). */
  readonly startup: { at: string; databaseFile: string; movedAside: string | null; migrationsApplied: number[] };
  /** Whether an organizer session is open for this token (transports size uploads by it). */
  hasSession(token: string | undefined): boolean;
  close(): void;
}

export { toIssues };

function describeInvalid(method: string, issues: FieldIssue[]): Sentence {
  const first = issues[0];
  const detail = first ? `${first.path}: ${first.reason}` : '?';
  return issues.length > 1 ? sentence('invalidArgumentsMore', { method, detail, more: issues.length - 1 }) : sentence('invalidArguments', { method, detail });
}

export function createCore(options: CoreOptions): Core {
  const clock = options.clock ?? systemClock;
  // Every file this process makes (database, WAL, backups being made, kept copies) is private to
  // this account from its first byte; keepPrivate() fixes files made before.
  process.umask(0o077);
  const store = openStore(options.dataDir, { nativeBinding: options.nativeBinding, now: () => clock.now() });
  removeStaleWorkFiles(store.file);
  const { db } = store;
  const startedAt = isoNow(clock);
  const content = new ContentStore(db);
  try {
    content.ensureInstalled(startedAt);
    ensureEvent(db, startedAt);
  } catch (error) {
    db.close();
    if (isStorageFull(error)) {
      throw new AppError('storage_full', `The disk holding ${options.dataDir} is full. Free some space, then start again.`);
    }
    throw error;
  }
  options.onDatabaseOpen?.(db);
  installCorrections(db);
  const paths: AppPaths = appPaths(options.appRoot);
  const sessions = new Sessions(() => clock.now(), options.sessionIdleMs);
  const pin = new PinGuard(db, () => clock.now());
  const vault = new Vault(db, () => clock.now(), sessions, options.kdfCost);
  const people = new People(db, vault);
  const legislators = new LegislatorService({ db, clock, paths });
  const files = { databaseFile: store.file, nativeBinding: options.nativeBinding };
  // A key exists but something is still unsealed (a crash mid-way, an older copy): seal it now.
  if (vault.hasKey() && needsSealing(db, files)) sealWhatRemains({ db, clock, vault, people, files });
  const sync = new SyncService({ db, clock, vault, people, files, content });
  sync.resume();
  const startup = { at: startedAt, movedAside: store.movedAside, migrationsApplied: store.migrationsApplied };
  const storageErrors = new StorageErrors();
  const status = () => systemStatus({ databaseFile: store.file, storageErrors, startup });
  const handlers: Handlers = createHandlers({ db, clock, content, pin, sessions, paths, legislators, files, onQuitRequested: options.onQuitRequested, systemStatus: status, setupFirst: options.setupFirst ?? true, vault, people, sync });

  async function dispatch<M extends MethodName>(method: M, rawArgs: unknown, context: CallContext) {
    const spec = contract[method];
    if (spec.access === 'organizer' && !sessions.touch(context.token)) {
      throw new AppError('unauthorized', sentence('signInNeeded'));
    }
    const value = rawArgs === undefined ? {} : rawArgs;
    const parsed = spec.args.safeParse(value);
    if (!parsed.success) {
      const issues = toIssues(parsed.error);
      throw new AppError('invalid_argument', describeInvalid(method, issues), { issues }, (language) => issuesIn(language, spec.args, value, issues));
    }
    const handler = handlers[method] as (args: unknown, context: CallContext) => unknown;
    const result = await handler(parsed.data, context);
    // The result schema is the promise the contract makes to every client.
    return spec.result.parse(result);
  }

  return {
    startup: { ...startup, databaseFile: store.file },
    async call(method, args, context = {}) {
      if (!isMethodName(method)) {
        return { ok: false, error: { code: 'unknown_method', message: `There is no method called "${method.slice(0, 80)}".` } };
      }
      try {
        return { ok: true, result: await dispatch(method, args, context) };
      } catch (error) {
        const full = error instanceof AppError ? error.code === 'storage_full' : isStorageFull(error);
        if (full) {
          // What the disk said (AppError keeps it as its cause), for the organizer and the log.
          const cause = error instanceof AppError ? error.cause : error;
          storageErrors.record(method, cause, isoNow(clock));
          logError(`${method} could not save: storage full`, cause);
        }
        if (error instanceof AppError) return { ok: false, error: error.toApiError(context.language) };
        if (full) return { ok: false, error: { code: 'storage_full', message: say('diskFull', context.language) } };
        logError(`${method} failed`, error);
        return { ok: false, error: { code: 'internal', message: say('internal', context.language) } };
      }
    },
    hasSession(token) {
      return sessions.isOpen(token);
    },
    close() {
      sync.close();
      vault.close();
      db.close();
    },
  };
}
