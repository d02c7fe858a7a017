import { describe, expect, it } from 'vitest';
import { searchStateLegislators, searchWords } from '../../src/core/legislators/state-search';
import { buildIndex } from '../../src/core/legislators/lookup-index';
import { committedDataset } from './legislators-helpers';

const index = buildIndex(committedDataset());
const search = (query?: string, language: 'en' | 'es' = 'en') => searchStateLegislators(index.dataset.maLegislators, query, language, index.asOf);
const found = (query: string) => {
  const result = search(query);
  return [...result.senators, ...result.representatives].map((p) => `${p.name} (${p.district})`);
};

describe('legislators.searchState, Massachusetts', () => {
  it('lists everyone without a query, by district, and says 2 House seats are vacant', () => {
    const all = search();
    expect(all.senators).toHaveLength(40);
    expect(all.representatives).toHaveLength(158);
    expect(all.members).toEqual({ senate: 40, house: 158 });
    expect(all.seats).toEqual({ senate: 40, house: 160 });
    expect(all.notes).toEqual([
      { code: 'seats_without_member', message: 'The Massachusetts House has 160 seats and this data lists 158 members: 2 seats are vacant.' },
    ]);
    // Natural district order: 1st, 2nd, ... 10th, not 10th before 2nd.
    const bristol = all.representatives.filter((p) => p.district.endsWith(' Bristol')).map((p) => p.district);
    expect(bristol.slice(0, 3)).toEqual(['1st Bristol', '2nd Bristol', '3rd Bristol']);
    expect(all.asOf.maLegislators).toBe('2026-06-05');
  });

  it('finds by district name in either ordinal style ("third suffolk" = "3rd Suffolk" and "Third Suffolk")', () => {
    expect(found('third suffolk')).toEqual(['Lydia Edwards (Third Suffolk)', 'Aaron Michlewitz (3rd Suffolk)']);
    expect(found('3rd Suffolk')).toEqual(found('third suffolk'));
    expect(found('second suffolk')).toContain('Liz Miranda (Second Suffolk)');
  });

  it('finds by name, other spellings and without accents, and by a place named in the district', () => {
    expect(found('Michael O. Moore')).toEqual(['Mike Moore (Second Worcester)']);
    expect(found('gonzalez')).toEqual(['Carlos González (10th Hampden)']);
    expect(found('cape')).toEqual(['Julian Cyr (Cape and Islands)']);
    expect(found('nobody-by-this-name')).toEqual([]);
  });

  it('gives the district office number first, with its extension to ask for (Moore)', () => {
    const moore = search('Mike Moore').senators[0]!;
    expect(moore).toMatchObject({ phoneKind: 'district', email: 'michael.moore@masenate.gov' });
    expect(moore.phone).toEqual({ display: '(508) 757-0323 ext. 13', e164: '+15087570323', extension: '13', tel: 'tel:+15087570323;ext=13' });
    expect(moore.phones.map((p) => `${p.kind} ${p.phone.display}`)).toEqual(['district (508) 757-0323 ext. 13', 'capitol (617) 722-1485']);
    expect(moore.notes).toEqual([{ code: 'extension', message: 'When the office answers, ask for extension 13.' }]);
  });

  it('otherwise the State House number; a number listed twice once (Boldyga)', () => {
    expect(search('Lydia Edwards').senators[0]).toMatchObject({ phoneKind: 'capitol', phone: { display: '(617) 722-1634' } });
    expect(search('Boldyga').representatives[0]!.phones).toHaveLength(1);
  });

  it('says when there is no phone at all, and offers the email (Lisa Field)', () => {
    const field = search('Lisa Field').representatives[0]!;
    expect(field).toMatchObject({ district: '3rd Bristol', phone: null, phoneKind: null, phones: [] });
    expect(field.notes).toEqual([{ code: 'no_phone', message: 'This data has no phone number for Lisa Field. You can write to lisa.field@mahouse.gov.' }]);
    expect(search('Lisa Field', 'es').representatives[0]!.notes[0]!.message).toMatch(/^Estos datos no tienen/);
  });

  it('normalises words for search', () => {
    expect(searchWords('Second Middlesex, Worcester')).toEqual(['2nd', 'middlesex', 'worcester']);
    expect(searchWords('José  GONZÁLEZ')).toEqual(['jose', 'gonzalez']);
  });
});
