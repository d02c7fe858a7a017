/**
 * The handler map: one function per contract method. Arguments arrive already parsed by their
 * schema and organizer access already checked (see core.ts); handlers hold the behaviour only.
 */
import type { z } from 'zod';
import type { Contract, MethodName, Result } from '../common/contract';
import type { Clock } from './clock';
import { isoNow } from './clock';
import type { ContentStore } from './content/store';
import type { PinGuard } from './auth/pin';
import type { Sessions } from './auth/sessions';
import type Database from 'better-sqlite3';
import { readCurrentEvent } from './event/settings';
import { createSignup } from './signups/create';
import { countSignups, listSignups } from './signups/query';
import type { EventSettings } from '../common/event';
import type { AppPaths } from './paths';
import { documentsPdf } from './pdf/documents';

export interface CallContext {
  /** The organizer's session token, if the caller sent one. */
  token?: string | undefined;
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
}

export function createHandlers(deps: CoreDeps): Handlers {
  const { db, clock, content, pin, sessions, paths } = deps;
  const event = (): EventSettings => {
    const current = readCurrentEvent(db);
    if (!current) throw new Error('No current event');
    return current;
  };

  return {
    'content.get': () => content.active(),
    'event.get': () => event(),
    'signup.create': (args) => createSignup(db, args, { pack: content.active(), event: event(), now: isoNow(clock) }),
    'organizer.status': () => ({ pinSet: pin.isSet(), lockedUntil: pin.lockedUntil() }),
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
    'documents.pdf': (args) => documentsPdf(args, { pack: content.active(), event: event(), resourcesDir: paths.resources, now: clock.now() }),
  };
}
