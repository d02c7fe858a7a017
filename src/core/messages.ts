/**
 * Sentences core says to people, in their language: to a visitor at the kiosk (in the language of
 * their sign-up), and to an organizer (organizer-messages.ts, in the language the console asked
 * for with the call). Errors carry a Sentence, put into words when core answers the call.
 */
import type { Language } from '../common/content';
import { ORGANIZER_MESSAGES } from './organizer-messages';
import { VAULT_MESSAGES } from './vault-messages';
import { SYNC_MESSAGES } from './sync-messages';

const KIOSK_MESSAGES = {
  signupInvalid: {
    en: 'Some answers need a fix before we can save them. Please check the marked fields.',
    es: 'Algunas respuestas necesitan una corrección antes de guardarlas. Revise los campos marcados.',
  },
  storageFull: {
    en: "We couldn't save your sign-up because the kiosk's storage is full. Please ask a volunteer for help.",
    es: 'No pudimos guardar su inscripción porque el almacenamiento del quiosco está lleno. Por favor, pida ayuda a una persona voluntaria.',
  },
  callUnknownScript: {
    en: "We couldn't count this call: that script is no longer on this kiosk. Please ask a volunteer.",
    es: 'No pudimos contar esta llamada: ese guion ya no está en este quiosco. Por favor, pida ayuda a un voluntario.',
  },
  callUnknownLegislator: {
    en: "We couldn't count this call: that legislator is not in this kiosk's list. Please ask a volunteer.",
    es: 'No pudimos contar esta llamada: esa persona no está en la lista de legisladores del quiosco. Por favor, pida ayuda a un voluntario.',
  },
  callWrongLegislator: {
    en: "We couldn't count this call: this script is for other legislators. Please choose again.",
    es: 'No pudimos contar esta llamada: este guion es para otros legisladores. Por favor, vuelva a elegir.',
  },
  signupsOff: {
    en: 'Sign-ups are turned off at this event. You can still browse the organizations.',
    es: 'Las inscripciones están desactivadas en este evento. Puede seguir viendo las organizaciones.',
  },
} as const;

const MESSAGES: Record<MessageKey, Record<Language, string>> = { ...KIOSK_MESSAGES, ...ORGANIZER_MESSAGES, ...VAULT_MESSAGES, ...SYNC_MESSAGES };

export type MessageKey = keyof typeof KIOSK_MESSAGES | keyof typeof ORGANIZER_MESSAGES | keyof typeof VAULT_MESSAGES | keyof typeof SYNC_MESSAGES;

/** A sentence not yet put into words: a key and what fills its `{name}` placeholders. */
export interface Sentence {
  key: MessageKey;
  params?: Record<string, string | number | Sentence>;
}

export function sentence(key: MessageKey, params?: Sentence['params']): Sentence {
  return params ? { key, params } : { key };
}

/** Fills `{name}` placeholders; unknown ones stay as they are. */
export function fillTemplate(template: string, params: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

export function say(key: MessageKey, language: Language = 'en', params: Sentence['params'] = {}): string {
  const words = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, typeof value === 'object' ? say(value.key, language, value.params) : value]),
  );
  return fillTemplate(MESSAGES[key][language], words);
}
