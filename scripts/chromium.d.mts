export function findChromium(): string | null;
export const CHROMIUM_ARGS: string[];
export function sandboxArgs(uid?: number): string[];
export const KIOSK_LOCKDOWN_ARGS: string[];
export interface KioskPreferences {
  devtools: { availability: number };
  policy: { url_blocklist: string[]; url_allowlist: string[] };
}
export function kioskPreferences(): KioskPreferences;
export function makeProfile(preferences?: object, parent?: string): string;
export function removeProfile(dir: string): void;
export function kioskBrowserArgs(options: { url: string; kiosk: boolean; profile: string; uid?: number }): string[];
