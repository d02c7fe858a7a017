/**
 * Message catalogs as data: nested JSON objects of strings (src/locales/<code>/<name>.json), read
 * as flat maps of dotted keys ("home.heading"). Pure helpers shared by core (review files,
 * corrections), the renderer (corrections on top of its catalogs) and the tests.
 */
export type Catalog = { [key: string]: string | Catalog };

/** The catalogs a language folder holds: the kiosk's and console's (renderer) and core's own. */
export const CATALOG_NAMES = ['kiosk', 'console', 'print', 'vault', 'sync', 'messages', 'legislators', 'documents'] as const;
export type CatalogName = (typeof CATALOG_NAMES)[number];

/** The catalogs the renderer shows; corrections to them reach the screens through `translations.get`. */
export const SCREEN_CATALOGS = ['kiosk', 'console', 'print', 'vault', 'sync'] as const satisfies readonly CatalogName[];

export function isCatalogName(value: string): value is CatalogName {
  return (CATALOG_NAMES as readonly string[]).includes(value);
}

/** { a: { b: "x" } } → Map { "a.b" → "x" }, in the file's order. */
export function flatten(catalog: Catalog, prefix = '', into = new Map<string, string>()): Map<string, string> {
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') into.set(path, value);
    else flatten(value, path, into);
  }
  return into;
}

/** The inverse of flatten, for handing corrections to i18next as a resource bundle. */
export function unflatten(entries: Iterable<[string, string]>): Catalog {
  const root: Catalog = {};
  for (const [path, value] of entries) {
    const parts = path.split('.');
    let node = root;
    parts.slice(0, -1).forEach((part) => {
      const next = node[part];
      if (typeof next === 'object') node = next;
      else node = node[part] = {};
    });
    node[parts[parts.length - 1] ?? path] = value;
  }
  return root;
}

/**
 * The placeholders a text fills in, each once, sorted: i18next's `{{count}}` in the screens'
 * catalogs, core's and the content pack's `{name}`, `{bill:id}`. A translation must use exactly
 * the source's (a sentence may be turned so that one is said twice, or once).
 */
export function placeholders(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(/\{\{\s*([\w.:-]+)\s*\}\}|\{([\w.:-]+)\}/g)) {
    found.add(match[1] !== undefined ? `{{${match[1]}}}` : `{${match[2] ?? ''}}`);
  }
  return [...found].sort();
}

export function samePlaceholders(source: string, translation: string): boolean {
  return placeholders(source).join(' ') === placeholders(translation).join(' ');
}
