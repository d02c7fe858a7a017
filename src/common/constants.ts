/**
 * Plain lists shared by core and renderer. Kept apart from the zod schemas so the renderer can
 * import them without bundling zod.
 */
export { LANGUAGES } from './languages';

export const REGIONS = ['massachusetts', 'new-york-city', 'chicago', 'los-angeles', 'us-mexico-border', 'nationwide'] as const;

/** The ways to help; a card on the home screen each (plus calling legislators and signing up). */
export const CATEGORIES = ['volunteer', 'donate', 'legal'] as const;

/** Placeholders a call script may use besides {bill:<id>}. */
export const SCRIPT_PLACEHOLDERS = ['name', 'town', 'legislator', 'title', 'chamber'] as const;
