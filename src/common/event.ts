/** Event settings: what the kiosk needs to know about the event it is running at. */
import { z } from 'zod';
import { LANGUAGES, Language, Region } from './content';

export const SIGNUP_MODES = ['standard', 'no-last-name', 'browse-only'] as const;
export const SignupMode = z.enum(SIGNUP_MODES);
export type SignupMode = z.infer<typeof SignupMode>;

/**
 * How long the kiosk waits without a touch before it warns and starts over. At most 3 minutes: a
 * half-filled sign-up form walked away from stays visible to the next visitor that long.
 */
export const IDLE_SECONDS_MIN = 20;
export const IDLE_SECONDS_MAX = 180;

export const EventSettings = z.strictObject({
  id: z.uuid(),
  name: z.string().trim().min(1).max(120),
  /** Local calendar date of the event, YYYY-MM-DD. */
  date: z.iso.date().nullable(),
  place: z.string().trim().max(160).nullable(),
  /** Shown first when browsing. */
  region: Region,
  idleSeconds: z.number().int().min(IDLE_SECONDS_MIN).max(IDLE_SECONDS_MAX),
  defaultLanguage: Language,
  /**
   * The languages the start screen offers, in the app's order; the default is one of them.
   * Settings saved before this existed: every language.
   */
  languages: z.array(Language).min(1).max(LANGUAGES.length).default([...LANGUAGES]),
  /** Sections of the content pack hidden from the kiosk. */
  hiddenSections: z.array(z.string().max(64)).max(50),
  signupMode: SignupMode,
  /** The home screen says how many calls were made at this event (settings saved before it existed: on). */
  showCallCount: z.boolean().default(true),
});
export type EventSettings = z.infer<typeof EventSettings>;

export const DEFAULT_IDLE_SECONDS = 60;

/**
 * What an organizer may change: any subset of the settings but the event's id. A setting left out
 * stays as it is (so no defaults here: `showCallCount` left out must not turn the count back on,
 * `languages` left out must not turn every language back on).
 */
export const EventPatch = z.strictObject({
  ...EventSettings.omit({ id: true, showCallCount: true, languages: true }).partial().shape,
  showCallCount: z.boolean().optional(),
  languages: z.array(Language).min(1).max(LANGUAGES.length).optional(),
});
export type EventPatch = z.infer<typeof EventPatch>;
