/**
 * Sentences core says to a person at the kiosk, in their language. Organizer-facing messages are
 * English for now (the console's language); the kiosk screens show their own catalog text by code.
 */
import type { Language } from '../common/content';

const MESSAGES = {
  signupInvalid: {
    en: 'Some answers need a fix before we can save them. Please check the marked fields.',
    es: 'Algunas respuestas necesitan una corrección antes de guardarlas. Revise los campos marcados.',
  },
  storageFull: {
    en: "We couldn't save your sign-up because the kiosk's storage is full. Please ask a volunteer for help.",
    es: 'No pudimos guardar su registro porque el almacenamiento del quiosco está lleno. Por favor, pida ayuda a un voluntario.',
  },
  signupsOff: {
    en: 'Sign-ups are turned off at this event. You can still browse the organizations.',
    es: 'Los registros están desactivados en este evento. Puede seguir viendo las organizaciones.',
  },
} as const satisfies Record<string, Record<Language, string>>;

export type MessageKey = keyof typeof MESSAGES;

export function say(key: MessageKey, language: Language = 'en'): string {
  return MESSAGES[key][language];
}
