import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** Every stylesheet of the renderer: the shared one and those beside their components. */
function stylesheets(dir = 'src/renderer'): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? stylesheets(full) : entry.name.endsWith('.css') ? [full] : [];
  });
}

describe.each(stylesheets().map((file) => [file]))('the stylesheet %s', (file) => {
  it('has balanced braces (the minifier silently drops rules after an unclosed block)', () => {
    const css = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    let depth = 0;
    css.split('\n').forEach((line, i) => {
      depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
      expect(depth, `line ${i + 1}`).toBeGreaterThanOrEqual(0);
      // Only @media / @supports blocks may hold a nested rule.
      expect(depth, `line ${i + 1}`).toBeLessThanOrEqual(2);
    });
    expect(depth).toBe(0);
  });

  it('uses logical properties, so a right-to-left language needs no new rules', () => {
    const css = fs.readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    const physical = css.split('\n').flatMap((line, i) =>
      /(^|[\s;{])(left|right)\s*:|-(left|right)\s*:|(text-align|float|clear)\s*:\s*(left|right)\b/.test(line) ? [`line ${i + 1}: ${line.trim()}`] : [],
    );
    expect(physical).toEqual([]);
  });
});
