/**
 * The handler map: one function per contract method. Arguments arrive already parsed by their
 * schema and organizer access already checked (see core.ts); handlers hold the behaviour only.
 */
import type { z } from 'zod';
import type { Contract, MethodName, Result, SignupCreateArgs } from '../common/contract';
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
import { createSignup, type ConsentWording } from './signups/create';
import { paperWording } from './signups/paper';
import { countSignups, signupGone } from './signups/query';
import type { People } from './signups/people';
import type { Vault } from './vault/vault';
import type { SyncService } from './sync/service';
import { sealWhatRemains, vaultHandlers } from './vault/handlers';
import { eventNames } from './export/load';
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
import { installCorrections, screenCorrections } from './i18n/corrections';
import { exportReview, importReview, translationStatus } from './i18n/review';

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
  vault: Vault;
  people: People;
  sync: SyncService;
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
  const { db, clock, content, pin, sessions, paths, legislators, files, systemStatus, vault, people, sync } = deps;
  const event = (): EventSettings => {
    const current = readCurrentEvent(db);
    if (!current) throw new Error('No current event');
    return current;
  };

  const exportSource = async (token: string | undefined) => ({
    records: (await people.index(token)).oldestFirst(),
    pack: content.active(),
    eventNames: () => eventNames(db),
  });

  /** Kiosk and paper sign-ups alike: sealed when there is a data key, and into the open index. */
  const saveSignup = (args: SignupCreateArgs, wording?: ConsentWording) => {
    let id = '';
    people.write(() => {
      const saved = createSignup(db, args, { pack: content.active(), event: event(), now: isoNow(clock), seal: (r) => vault.seal(r), wording });
      id = saved.id;
      return saved.record;
    });
    // A kiosk in an event sends it to the steward's computer within seconds.
    sync.written();
    return { id };
  };

  return {
    ...vaultHandlers({ db, clock, vault, people, files }),
    ...sync.handlers(),
    'content.get': () => content.active(),
    'event.get': () => event(),
    'signup.create': (args) => saveSignup(args),
    'signups.addPaper': ({ sheet, signup }) => saveSignup(signup, paperWording(content.active(), sheet)),
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
    'organizer.resetPin': async ({ pin: newPin, ...secret }) => {
      await vault.verify(secret);
      await pin.replace(newPin);
      return sessions.open();
    },
    'organizer.logout': (_args, context) => {
      sessions.close(context.token);
      return {};
    },
    'signups.count': () => ({ total: countSignups(db) }),
    'signups.list': async (args, context) => (await people.index(context.token)).list(args),
    'legislators.lookup': (args) => legislators.lookup(args),
    'legislators.searchState': (args) => legislators.searchState(args),
    'legislators.info': () => legislators.info(),
    'legislators.import': (args) => legislators.import(args),
    'event.update': (patch) => updateEvent(db, patch, { pack: content.active(), at: isoNow(clock) }),
    'signups.stats': async (_args, context) => {
      const readable = !vault.hasKey() || vault.isUnlockedFor(context.token);
      return signupStats(db, content.active(), readable ? await people.index(context.token) : null);
    },
    'signups.get': async ({ id }, context) => {
      const record = (await people.index(context.token)).get(id);
      if (!record) throw signupGone();
      return record;
    },
    'signups.delete': ({ id }) => deleteSignup(db, id, files, isoNow(clock)),
    'signups.purge': ({ confirmCount }) => purgeSignups(db, confirmCount, files),
    'signups.export': async (args, context) => exportSignups(await exportSource(context.token), args, clock.now()),
    'signups.exportPreview': async (args, context) => previewExport(await exportSource(context.token), args),
    'backup.create': () => createBackup(db, files, clock.now()),
    'backup.restore': ({ base64 }) => {
      const result = restoreBackup(db, base64, { files, content, now: clock.now(), seal: (r) => vault.seal(r), hasKey: vault.hasKey() });
      // The restored data may hold another legislator import (or none): lookups must see it, and
      // core's sentences the corrections it brought.
      legislators.reload();
      installCorrections(db);
      vault.reloadKeys();
      // The backup may have brought a data key: then nothing here may stay unsealed.
      sealWhatRemains({ db, clock, vault, people, files });
      return result;
    },
    'content.export': () => exportContent(content),
    'content.import': ({ pack }) => importContent(content, pack, isoNow(clock)),
    'app.quit': () => requestQuit(deps.onQuitRequested),
    'documents.pdf': (args) => documentsPdf(args, { pack: content.active(), event: event(), resourcesDir: paths.resources, now: clock.now() }),
    'system.status': () => systemStatus(),
    'calls.log': (args) => {
      const logged = logCall(db, args, { pack: content.active(), legislators, eventId: event().id, now: isoNow(clock) });
      sync.written();
      return logged;
    },
    'calls.count': () => ({ total: event().showCallCount ? countCalls(db) : null }),
    'calls.stats': () => callStats(db, content.active(), (id) => legislators.findLegislator(id)),
    'calls.export': () => exportCalls(db, content.active(), clock.now()),
    'translations.get': () => screenCorrections(db),
    'translations.status': () => translationStatus({ db, content }),
    'translations.export': ({ language }) => exportReview({ db, content }, language, clock.now()),
    'translations.import': ({ language, csv }) => importReview({ db, content }, language, csv, isoNow(clock)),
  };
}
