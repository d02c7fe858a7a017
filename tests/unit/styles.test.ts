import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the stylesheet', () => {
  it('has balanced braces (the minifier silently drops rules after an unclosed block)', () => {
    const css = fs.readFileSync('src/renderer/styles.css', 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    let depth = 0;
    css.split('\n').forEach((line, i) => {
      depth += (line.match(/\{/g) ?? []).length - (line.match(/\}/g) ?? []).length;
      expect(depth, `line ${i + 1}`).toBeGreaterThanOrEqual(0);
      // Only @media / @supports blocks may hold a nested rule.
      expect(depth, `line ${i + 1}`).toBeLessThanOrEqual(2);
    });
    expect(depth).toBe(0);
  });
});
