import { describe, expect, it } from 'vitest';
import { ContentPack } from '../../src/common/content';
import defaultPackJson from '../../data/content/default-pack.json';

const pack = ContentPack.parse(defaultPackJson);

describe('the default content pack', () => {
  it('validates against its schema', () => {
    const result = ContentPack.safeParse(defaultPackJson);
    expect(result.success, JSON.stringify(result.error?.issues)).toBe(true);
  });

  it('has the seed page’s five sections, 17 organizations and two call scripts', () => {
    expect(pack.sections.map((s) => s.id)).toEqual([
      'volunteer-massachusetts',
      'volunteer-elsewhere',
      'charities',
      'legal',
      'call-legislators',
    ]);
    const bySection = (id: string) => pack.organizations.filter((o) => o.sectionId === id).map((o) => o.name);
    expect(pack.organizations).toHaveLength(17);
    expect(bySection('volunteer-massachusetts')).toHaveLength(3);
    expect(bySection('volunteer-elsewhere')).toHaveLength(5);
    expect(bySection('charities')).toHaveLength(5);
    expect(bySection('legal')).toHaveLength(4);
    expect(pack.scripts.map((s) => s.target)).toEqual(['us-congress', 'ma-legislature']);
  });

  it('names public sources a user of the app can look up, not files of our repository', () => {
    const cited = [...pack.sources.map((s) => s.label), ...(pack.notes ?? [])].join('\n');
    expect(cited).not.toMatch(/shared\/|seed\/|content-facts|\.md\b|\.txt\b/);
    // Only the seed page, whose address we do not have, and the organizations' own sites (each
    // linked on its page) come without a link.
    expect(pack.sources.filter((s) => !s.url).map((s) => s.label)).toEqual([
      expect.stringContaining('Take Action for Immigrants'),
      expect.stringContaining('own website'),
    ]);
  });

  it('keeps the seed’s 2019 bill numbers, marked stale, next to the current ones', () => {
    const bills = pack.scripts.flatMap((s) => s.bills);
    const grace = bills.find((b) => b.id === 'grace-act');
    expect(grace?.original).toMatchObject({ numbers: ['H.R. 2146', 'S. 1088'], stale: true });
    expect(grace?.original.session.en).toMatch(/116th Congress/);
    expect(grace?.current.numbers).toContain('H.R. 6870');
    const noBan = bills.find((b) => b.id === 'no-ban-act');
    expect(noBan?.original.numbers).toEqual(['H.R. 2214', 'S. 1123']);
    expect(noBan?.current.numbers).toEqual(['H.R. 924', 'S. 398']);
    for (const bill of bills) expect(bill.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('has Spanish that differs from the English for every description', () => {
    for (const org of pack.organizations) {
      expect(org.description.es, org.id).not.toBe(org.description.en);
      expect(org.summary.es, org.id).not.toBe(org.summary.en);
    }
  });

  it('refuses a broken pack with the exact field and reason', () => {
    const broken = structuredClone(defaultPackJson) as Record<string, unknown> & { organizations: { url?: string; sectionId: string }[] };
    broken.organizations[2]!.url = 'javascript:alert(1)';
    broken.organizations[4]!.sectionId = 'nowhere';
    const result = ContentPack.safeParse(broken);
    expect(result.success).toBe(false);
    const issues = result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(issues.some((i) => i.startsWith('organizations.2.url'))).toBe(true);
    const second = structuredClone(defaultPackJson) as typeof broken;
    second.organizations[4]!.sectionId = 'nowhere';
    const again = ContentPack.safeParse(second);
    expect(again.error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)).toEqual([
      'organizations.4.sectionId: no section "nowhere"',
    ]);
  });

  it('refuses a script with an unknown placeholder', () => {
    const broken = structuredClone(defaultPackJson) as { scripts: { text: { en: string } }[] };
    broken.scripts[0]!.text.en += ' {bill:gracee-act} {nmae}';
    const result = ContentPack.safeParse(broken);
    expect(result.error?.issues.map((i) => i.message)).toEqual(['unknown placeholder {bill:gracee-act}', 'unknown placeholder {nmae}']);
  });
});
