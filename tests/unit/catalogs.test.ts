import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../src/renderer/i18n/catalogs';
import { KEEP_ME_INFORMED } from '../../src/core/signups/create';

const { en, es } = catalogs;

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

describe('the kiosk message catalogs', () => {
  it('say the organization page\'s button as the consent record quotes it', () => {
    expect(en.organization.keepMeInformed).toBe(KEEP_ME_INFORMED.en);
    expect(es.organization.keepMeInformed).toBe(KEEP_ME_INFORMED.es);
  });

  it('have exactly the same keys in English and Spanish', () => {
    const english = new Set(keys(en));
    const spanish = new Set(keys(es));
    expect([...english].filter((k) => !spanish.has(k)), 'missing in es.json').toEqual([]);
    expect([...spanish].filter((k) => !english.has(k)), 'missing in en.json').toEqual([]);
  });

  it('translate every text; only names and symbols may read the same in both', () => {
    const sameInBoth = new Set([
      'regions.massachusetts',
      'regions.chicago',
      'keyboard.accents',
      'keyboard.letters',
      'console.pin.placeholder',
      'console.print.papers.a4',
      // The organizing tools' own names.
      'console.export.formats.action-network.name',
      'console.export.formats.nationbuilder.name',
      'console.export.formats.mobilize.name',
    ]);
    const at = (catalog: unknown, key: string) =>
      key.split('.').reduce<unknown>((o, p) => (o as Record<string, unknown>)[p], catalog);
    for (const key of keys(en)) {
      const spanish = String(at(es, key));
      expect(spanish.trim(), key).not.toBe('');
      if (!sameInBoth.has(key)) expect(spanish, key).not.toBe(at(en, key));
    }
  });

  it('contain every key the screens ask for', () => {
    const english = new Set(keys(en));
    const plural = (k: string) => english.has(`${k}_one`) && english.has(`${k}_other`);
    const missing: string[] = [];
    for (const file of sourceFiles(path.resolve('src/renderer'))) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/\bt\('([a-zA-Z0-9_.-]+)'/g)) {
        const key = match[1] ?? '';
        if (!english.has(key) && !plural(key)) missing.push(`${path.basename(file)}: ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
