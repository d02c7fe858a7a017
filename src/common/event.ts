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

/**
 * How long it waits instead while a visitor has chosen whom to call on a script screen: they are
 * on the phone, not touching the screen. Nothing they typed there is kept (name and town only).
 */
export const CALL_IDLE_SECONDS_MIN = 60;
export const CALL_IDLE_SECONDS_MAX = 900;
export const DEFAULT_CALL_IDLE_SECONDS = 300;

/** Organizations featured first at the kiosk, on the flyer and on the paper sheet. */
export const FEATURED_MAX = 12;

const eventName = z.string().trim().min(1).max(120);
const organizationId = z.string().max(64);

/** The fields added after round 1: each has a default, so settings saved before them still load. */
const later = {
  /** The event's name in the kiosk's other languages; `name` is the English one (and the fallback). */
  names: z.partialRecord(Language, eventName).default({}),
  /** Local start time, HH:MM (24-hour). */
  startTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time such as 14:30')
    .nullable()
    .default(null),
  callIdleSeconds: z.number().int().min(CALL_IDLE_SECONDS_MIN).max(CALL_IDLE_SECONDS_MAX).default(DEFAULT_CALL_IDLE_SECONDS),
  /** Organizations of the content pack not shown at this event (the pack itself keeps them). */
  hiddenOrganizations: z.array(organizationId).max(500).default([]),
  /** Shown first, in this order, wherever organizations are listed for this event. */
  featuredOrganizations: z.array(organizationId).max(FEATURED_MAX).default([]),
};

export const EventSettings = z.strictObject({
  id: z.uuid(),
  name: eventName,
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
  ...later,
});
export type EventSettings = z.infer<typeof EventSettings>;

export const DEFAULT_IDLE_SECONDS = 60;

/**
 * What an organizer may change: any subset of the settings but the event's id. A setting left out
 * stays as it is (so no defaults here: `showCallCount` left out must not turn the count back on,
 * `languages` left out must not turn every language back on).
 */
export const EventPatch = z.strictObject({
  ...EventSettings.omit({ id: true, showCallCount: true, languages: true, names: true, startTime: true, callIdleSeconds: true, hiddenOrganizations: true, featuredOrganizations: true }).partial().shape,
  showCallCount: z.boolean().optional(),
  languages: z.array(Language).min(1).max(LANGUAGES.length).optional(),
  names: z.partialRecord(Language, eventName).optional(),
  startTime: later.startTime.removeDefault().optional(),
  callIdleSeconds: later.callIdleSeconds.removeDefault().optional(),
  hiddenOrganizations: later.hiddenOrganizations.removeDefault().optional(),
  featuredOrganizations: later.featuredOrganizations.removeDefault().optional(),
});
export type EventPatch = z.infer<typeof EventPatch>;

/** The event's name as a visitor reading `language` sees it. */
export function eventNameIn(event: Pick<EventSettings, 'name' | 'names'>, language: Language): string {
  return event.names[language] ?? event.name;
}
