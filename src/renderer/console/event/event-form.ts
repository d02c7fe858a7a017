/** The event form's state, its own checks, and the patch it sends. Pure. */
import type { Region } from '../../../common/content';
import { LANGUAGES, type Language } from '../../../common/languages';
import {
  CALL_IDLE_SECONDS_MAX,
  CALL_IDLE_SECONDS_MIN,
  IDLE_SECONDS_MAX,
  IDLE_SECONDS_MIN,
  type EventPatch,
  type EventSettings,
  type SignupMode,
} from '../../../common/event';

export interface EventForm {
  /** The name in each language; English is required (it is `name`), the others fall back to it. */
  names: Record<Language, string>;
  date: string;
  startTime: string;
  place: string;
  region: Region;
  idleSeconds: string;
  callIdleSeconds: string;
  defaultLanguage: Language;
  /** The languages the start screen offers. */
  languages: Language[];
  hiddenSections: string[];
  signupMode: SignupMode;
  showCallCount: boolean;
}

export const toForm = (event: EventSettings): EventForm => ({
  names: Object.fromEntries(LANGUAGES.map((l) => [l, l === 'en' ? event.name : (event.names[l] ?? '')])) as Record<Language, string>,
  date: event.date ?? '',
  startTime: event.startTime ?? '',
  place: event.place ?? '',
  region: event.region,
  idleSeconds: String(event.idleSeconds),
  callIdleSeconds: String(event.callIdleSeconds),
  defaultLanguage: event.defaultLanguage,
  languages: [...event.languages],
  hiddenSections: event.hiddenSections,
  signupMode: event.signupMode,
  showCallCount: event.showCallCount,
});

export type FormProblem = 'required' | 'idle' | 'callIdle';

const inRange = (text: string, min: number, max: number) => /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max;

/** The form's own checks, so most mistakes are shown before asking core (which checks again). */
export function checkEventForm(form: EventForm): Record<string, FormProblem> {
  const problems: Record<string, FormProblem> = {};
  if (!form.names.en.trim()) problems['names.en'] = 'required';
  if (!inRange(form.idleSeconds, IDLE_SECONDS_MIN, IDLE_SECONDS_MAX)) problems.idleSeconds = 'idle';
  if (!inRange(form.callIdleSeconds, CALL_IDLE_SECONDS_MIN, CALL_IDLE_SECONDS_MAX)) problems.callIdleSeconds = 'callIdle';
  return problems;
}

export function toPatch(form: EventForm): EventPatch {
  const names = Object.fromEntries(LANGUAGES.filter((l) => l !== 'en' && form.names[l].trim()).map((l) => [l, form.names[l].trim()]));
  return {
    name: form.names.en.trim(),
    names,
    date: form.date || null,
    startTime: form.startTime || null,
    place: form.place.trim() || null,
    region: form.region,
    idleSeconds: Number(form.idleSeconds),
    callIdleSeconds: Number(form.callIdleSeconds),
    defaultLanguage: form.defaultLanguage,
    languages: form.languages,
    hiddenSections: form.hiddenSections,
    signupMode: form.signupMode,
    showCallCount: form.showCallCount,
  };
}
