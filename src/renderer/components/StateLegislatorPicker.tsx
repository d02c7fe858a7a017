import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchStateResult, StateLegislator } from '../../common/legislators';
import { call } from '../api/client';
import { formatDate } from '../i18n';
import { useKiosk } from '../state/kiosk';
import { LegislatorCard } from './LegislatorCard';
import { TextField } from './TextField';

const SHOWN = 12;

/**
 * Massachusetts senators and representatives, searchable by name, district or a town in the
 * district's name: no open town-to-district table exists, so the person picks.
 */
export function StateLegislatorPicker(props: { selectedId: string | null; onSelect(member: StateLegislator): void }) {
  const { t } = useTranslation();
  const { language } = useKiosk();
  const [query, setQuery] = useState('');
  const [result, setResult] = useState<SearchStateResult | null>(null);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    let live = true;
    call('legislators.searchState', { state: 'MA', query: query.trim() || undefined, language })
      .then((found) => {
        if (!live) return;
        setResult(found);
        setFailed(false);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [query, language]);

  const card = (member: StateLegislator) => (
    <LegislatorCard
      key={member.id}
      name={member.name}
      role={t(member.chamber === 'senate' ? 'legislators.roles.stateSenator' : 'legislators.roles.stateRepresentative')}
      detail={`${member.district} · ${member.party}`}
      phone={member.phone}
      phonePlace={member.phoneKind === 'capitol' ? t('legislators.office.stateHouse') : member.phoneKind ? t('legislators.office.districtOnly') : null}
      notes={member.notes}
      selected={props.selectedId === member.id}
      onSelect={() => props.onSelect(member)}
      testId="state-legislator"
    />
  );
  const matches = result ? [...result.senators, ...result.representatives] : [];
  return (
    <div className="state-picker">
      <TextField label={t('legislators.stateSearch')} hint={t('legislators.stateSearchHint')} value={query} onChange={setQuery} testId="state-search" />
      {failed && <p className="form-error" role="alert">{t('legislators.failed')}</p>}
      {result && (
        <p className="count" aria-live="polite">
          {t('legislators.matches', { count: matches.length })}
        </p>
      )}
      <div className="legislators">{matches.slice(0, SHOWN).map(card)}</div>
      {matches.length > SHOWN && <p className="field__hint">{t('legislators.narrowDown')}</p>}
      {result?.asOf.maLegislators && (
        <p className="bill__asof" data-testid="legislators-asof">
          {t('legislators.asOf', { date: formatDate(result.asOf.maLegislators, language) })}
        </p>
      )}
    </div>
  );
}
