import 'i18next';
import type consoleEn from './console.en.json';
import type kioskEn from './en.json';
import type printEn from './print.en.json';
import type vaultEn from './vault.en.json';
import type syncEn from './sync.en.json';

// Typed keys: t('home.heading') is checked against the English catalog at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof kioskEn & { console: typeof consoleEn & { print: typeof printEn; vault: typeof vaultEn; sync: typeof syncEn } } };
    returnNull: false;
  }
}
