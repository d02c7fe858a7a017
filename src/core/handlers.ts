/**
 * The handler map: one function per contract method. Arguments arrive already parsed by their
 * schema and organizer access already checked (see core.ts); handlers hold the behaviour only.
 */
import type { z } from 'zod';
import type { Contract, MethodName, Result } from '../common/contract';
import type { Language } from '../common/content';
import type { Clock } from './clock';
import { isoNow } from './clock';
import { AppError } from './errors';
import { sentence } from './messages';
import type { ContentStore } from './content/store';
import type { PinGuard } from './auth/pin';
import type { Sessions } from './auth/sessions';
import type Database from 'better-sqlite3';
import { readCurrentEvent, updateEvent } from './event/settings';
import { createSignup } from './signups/create';
import { countSignups, getSignup, listSignups } from './signups/query';
import { deleteSignup, purgeSignups } from './signups/delete';
import { signupStats } from './signups/stats';
import { exportSignups, previewExport } from './export/export';
import { createBackup } from './backup/create';
import { restoreBackup } from './backup/restore';
import type { StoreFiles } from './backup/files';
import { exportContent, importContent } from './content/transfer';
import type { EventSettings } from '../common/event';
import type { AppPaths } from './paths';
import type { LegislatorService } from './legislators/service';
import { documentsPdf } from './pdf/documents';
import type { SystemStatus } from '../common/system';
import { logCall } from './calls/tally';
import { callStats, countCalls } from './calls/stats';
import { exportCalls } from './calls/export';

export interface CallContext {
  /** The organizer's session token, if the caller sent one. */
  token?: string | undefined;
  /** The language the caller reads: errors are answered in it (English if not given). */
  language?: Language | undefined;
}

export type Handler<M extends MethodName> = (
  args: z.output<Contract[M]['args']>,
  context: CallContext,
) => Result<M> | Promise<Result<M>>;

export type Handlers = { [M in MethodName]: Handler<M> };

export interface CoreDeps {
  db: Database.Database;
  clock: Clock;
  content: ContentStore;
  pin: PinGuard;
  sessions: Sessions;
  paths: AppPaths;
  legislators: LegislatorService;
  files: StoreFiles;
  onQuitRequested?: (() => void) | undefined;
  systemStatus: () => SystemStatus;
  setupFirst: boolean;
}

function requestQuit(quit: (() => void) | undefined): Record<string, never> {
  if (!quit) {
    throw new AppError('unavailable', sentence('quitInBrowser'));
  }
  // After the answer has been sent, so the console hears that it worked.
  setTimeout(quit, 100);
  return {};
}

export function createHandlers(deps: CoreDeps): Handlers {
  const { db, clock, content, pin, sessions, paths, legislators, files, systemStatus } = deps;
  const event = (): EventSettings => {
    const current = readCurrentEvent(db);
    if (!current) throw new Error('No current event');
    return current;
  };

  return {
    'content.get': () => content.active(),
    'event.get': () => event(),
    'signup.create': (args) => createSignup(db, args, { pack: content.active(), event: event(), now: isoNow(clock) }),
    'organizer.status': () => {
      const pinSet = pin.isSet();
      return { pinSet, lockedUntil: pin.lockedUntil(), setupFirst: deps.setupFirst && !pinSet };
    },
    'organizer.setup': async ({ pin: newPin }) => {
      await pin.setUp(newPin);
      return sessions.open();
    },
    'organizer.login': async ({ pin: attempt }) => {
      await pin.check(attempt);
      return sessions.open();
    },
    'organizer.logout': (_args, context) => {
      sessions.close(context.token);
      return {};
    },
    'signups.count': () => ({ total: countSignups(db) }),
    'signups.list': (args) => listSignups(db, args),
    'legislators.lookup': (args) => legislators.lookup(args),
    'legislators.searchState': (args) => legislators.searchState(args),
    'legislators.info': () => legislators.info(),
    'legislators.import': (args) => legislators.import(args),
    'event.update': (patch) => updateEvent(db, patch, { pack: content.active(), at: isoNow(clock) }),
    'signups.stats': () => signupStats(db, content.active()),
    'signups.get': ({ id }) => getSignup(db, id),
    'signups.delete': ({ id }) => deleteSignup(db, id, files.databaseFile),
    'signups.purge': ({ confirmCount }) => purgeSignups(db, confirmCount, files.databaseFile),
    'signups.export': (args) => exportSignups(db, args, { pack: content.active(), now: clock.now() }),
    'signups.exportPreview': (args) => previewExport(db, args, content.active()),
    'backup.create': () => createBackup(db, files, clock.now()),
    'backup.restore': ({ base64 }) => restoreBackup(db, base64, { files, content, now: clock.now() }),
    'content.export': () => exportContent(content),
    'content.import': ({ pack }) => importContent(content, pack, isoNow(clock)),
    'app.quit': () => requestQuit(deps.onQuitRequested),
    'documents.pdf': (args) => documentsPdf(args, { pack: content.active(), event: event(), resourcesDir: paths.resources, now: clock.now() }),
    'system.status': () => systemStatus(),
    'calls.log': (args) => logCall(db, args, { pack: content.active(), legislators, eventId: event().id, now: isoNow(clock) }),
    'calls.count': () => ({ total: event().showCallCount ? countCalls(db) : null }),
    'calls.stats': () => callStats(db, content.active(), (id) => legislators.findLegislator(id)),
    'calls.export': () => exportCalls(db, content.active(), clock.now()),
  };
}
