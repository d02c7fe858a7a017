/** Time and ids come from here so tests can freeze them. */
import { randomUUID } from 'node:crypto';

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };

export const newId = (): string => randomUUID();
export const isoNow = (clock: Clock): string => clock.now().toISOString();
