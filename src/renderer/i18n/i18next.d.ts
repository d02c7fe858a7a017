import 'i18next';
import type consoleEn from '../../locales/en/console.json';
import type kioskEn from '../../locales/en/kiosk.json';
import type printEn from '../../locales/en/print.json';
import type vaultEn from '../../locales/en/vault.json';
import type syncEn from '../../locales/en/sync.json';

// Typed keys: t('home.heading') is checked against the English catalog at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof kioskEn & { console: typeof consoleEn & { print: typeof printEn; vault: typeof vaultEn; sync: typeof syncEn } } };
    returnNull: false;
  }
}
