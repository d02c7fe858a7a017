/** Time and ids come from here so tests can freeze them. */
import { randomUUID } from 'node:crypto';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export const newId = (): string => randomUUID();
export const isoNow = (clock: Clock): string => clock.now().toISOString();

/**
 * A clock that runs as if today were `day` (YYYY-MM-DD, UTC): the time of day and its passing are
 * real, the date is moved. For demos and tests of dates to come (the host's `--today`).
 */
export function clockOn(day: string, real: Clock = systemClock): Clock {
  const start = real.now();
  const target = Date.parse(`${day}T${start.toISOString().slice(11)}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || !Number.isFinite(target) || new Date(target).toISOString().slice(0, 10) !== day) {
    throw new RangeError(`"${day}" is not a date written YYYY-MM-DD`);
  }
  const offset = target - start.getTime();
  return { now: () => new Date(real.now().getTime() + offset) };
}
