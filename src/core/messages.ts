/**
 * Sentences core says to people, in their language: to a visitor at the kiosk (in the language of
 * their sign-up), and to an organizer (in the language the console asked for with the call). The
 * words are in each language's `messages` catalog (src/locales/<code>/messages.json). Errors
 * carry a Sentence, put into words when core answers the call.
 */
import type { Language } from '../common/content';
import type messagesEn from '../locales/en/messages.json';
import { catalogText } from './i18n/catalogs';

export type MessageKey = keyof typeof messagesEn;

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
  return fillTemplate(catalogText('messages', language, key), words);
}
