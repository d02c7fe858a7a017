/**
 * The accessibility audit every screen passes: every WCAG 2.0, 2.1 and 2.2 A and AA rule of
 * axe-core (its experimental ones included: orientation lock, label in name, fake headings and
 * table headers matter here too; only its deprecated ones left out), plus AAA contrast
 * (color-contrast-enhanced) and target size.
 *
 * `withRules` would replace the rules `withTags` chose (both set axe's runOnly), so the extra
 * rules are switched on through the options, which must come first: `options()` replaces
 * everything set before it (node_modules/@axe-core/playwright/dist/index.mjs), and axe honours a
 * rule's `enabled` flag under a tag selection (ruleShouldRun in node_modules/axe-core/axe.js).
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

export const ORIENTATIONS = {
  portrait: { width: 1080, height: 1920 },
  landscape: { width: 1920, height: 1080 },
} as const;

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** Tagged WCAG A/AA, but marked experimental: axe skips them under a tag selection unless asked. */
const EXPERIMENTAL_WCAG_RULES = ['css-orientation-lock', 'label-content-name-mismatch', 'p-as-heading', 'table-fake-caption', 'td-has-header'];
/** Beyond AA, for a public touchscreen. (target-size is also tagged wcag22aa.) */
const STRICTER_RULES = ['color-contrast-enhanced', 'target-size'];
const EXTRA_RULES = [...EXPERIMENTAL_WCAG_RULES, ...STRICTER_RULES];

/** axe-core as analyze() leaves it in the page. */
interface AxeInPage {
  axe: { getRules(tags: string[]): { ruleId: string; tags: string[] }[] };
}

export function auditBuilder(page: Page): AxeBuilder {
  return new AxeBuilder({ page }).options({ rules: Object.fromEntries(EXTRA_RULES.map((id) => [id, { enabled: true }])) }).withTags(WCAG_TAGS);
}

export async function audit(page: Page, name: string): Promise<void> {
  const results = await auditBuilder(page).analyze();
  // Every rule of the set ran (passed, failed, needs review or does not apply): the audit cannot
  // shrink back to a couple of rules unnoticed.
  const ran = new Set([...results.passes, ...results.violations, ...results.incomplete, ...results.inapplicable].map((rule) => rule.id));
  const tagged = await page.evaluate(
    (tags) => (globalThis as unknown as AxeInPage).axe.getRules(tags).filter((rule) => !rule.tags.includes('deprecated')).map((rule) => rule.ruleId),
    WCAG_TAGS,
  );
  expect(tagged.length, 'axe rules tagged WCAG 2 A/AA').toBeGreaterThan(50);
  expect([...tagged, ...STRICTER_RULES].filter((id) => !ran.has(id)), `axe rules that did not run on ${name}`).toEqual([]);
  const problems = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  // Soft: one run lists the problems of every screen, and the test still fails at its end.
  expect.soft(problems, `axe on ${name}`).toEqual([]);
}
