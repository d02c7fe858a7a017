/**
 * The contract's method names and nothing else: the preload imports this list to expose exactly
 * these methods, without pulling zod into the sandboxed preload bundle.
 */
export const METHOD_NAMES = [
  'content.get',
  'event.get',
  'signup.create',
  'organizer.status',
  'organizer.setup',
  'organizer.login',
  'organizer.logout',
  'organizer.resetPin',
  'signups.count',
  'signups.list',
  'legislators.lookup',
  'legislators.searchState',
  'legislators.info',
  'legislators.import',
  'event.update',
  'signups.stats',
  'signups.get',
  'signups.delete',
  'signups.purge',
  'signups.export',
  'signups.exportPreview',
  'backup.create',
  'backup.restore',
  'content.export',
  'content.import',
  'app.quit',
  'documents.pdf',
  'system.status',
  'vault.status',
  'vault.generatePassphrase',
  'vault.create',
  'vault.unlock',
  'vault.lock',
  'vault.sealingOff',
  'vault.destroySealed',
  'calls.log',
  'calls.count',
  'calls.stats',
  'calls.export',
  'translations.get',
  'translations.status',
  'translations.export',
  'translations.import',
] as const;
export type MethodName = (typeof METHOD_NAMES)[number];

/** The IPC channel for a method: one channel per method, never a generic one. */
export const ipcChannel = (method: MethodName) => `tak:${method}`;
