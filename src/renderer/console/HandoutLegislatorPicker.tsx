import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES } from '../../common/constants';
import type { CallScript } from '../../common/content';
import type { HandoutLegislator } from '../../common/documents';
import type { MemberOfCongress, StateLegislator } from '../../common/legislators';
import { LegislatorCard } from '../components/LegislatorCard';
import { StateLegislatorPicker } from '../components/StateLegislatorPicker';
import { ZipLookup, type Lookup } from '../components/ZipLookup';

/** The handout is read aloud in English, so the title it prints is the English one. */
function congressTitle(member: MemberOfCongress): string {
  return { senator: 'Senator', representative: 'Representative', delegate: 'Delegate', 'resident-commissioner': 'Resident Commissioner' }[member.role];
}

/** Pre-fills call-script handouts with one legislator, found by ZIP (Congress) or picked (Massachusetts). */
export function HandoutLegislatorPicker(props: { scripts: CallScript[]; value: HandoutLegislator | null; onChange(value: HandoutLegislator | null): void }) {
  const { t, i18n } = useTranslation();
  // The spoken title stays English; the explanation beside it says it in the handout's language.
  const titles = (role: MemberOfCongress['role'] | 'stateSenator' | 'stateRepresentative') =>
    Object.fromEntries(LANGUAGES.map((language) => [language, i18n.getFixedT(language)(`legislators.roles.${role}`)]));
  const [lookup, setLookup] = useState<Lookup>({ status: 'idle' });
  const [chosenId, setChosenId] = useState<string | null>(null);
  const { onChange } = props;
  const clear = useCallback(() => {
    setChosenId(null);
    onChange(null);
  }, [onChange]);
  // A new look-up clears the choice; the empty field a remount starts with does not (the print
  // tab keeps the legislator chosen before).
  const onResult = useCallback(
    (next: Lookup) => {
      setLookup(next);
      if (next.status === 'busy') clear();
    },
    [clear],
  );
  const congress = props.scripts.some((s) => s.target === 'us-congress');
  const state = props.scripts.some((s) => s.target === 'ma-legislature');
  if (props.scripts.length !== 1) return <p className="field__hint">{t('console.print.oneScriptForLegislator')}</p>;

  const pickCongress = (member: MemberOfCongress) => {
    setChosenId(member.id);
    onChange({ name: member.name, title: congressTitle(member), titles: titles(member.role), phone: member.phone?.display, chamber: member.chamber });
  };
  const pickState = (member: StateLegislator) => {
    setChosenId(member.id);
    const role = member.chamber === 'senate' ? 'stateSenator' : 'stateRepresentative';
    onChange({ name: member.name, title: member.chamber === 'senate' ? 'Senator' : 'Representative', titles: titles(role), phone: member.phone?.display, chamber: member.chamber });
  };
  const found = lookup.status === 'found' ? lookup.result : null;
  return (
    <fieldset className="panel">
      <legend>{t('console.print.legislator')}</legend>
      <p className="field__hint">{t('console.print.legislatorHint')}</p>
      {congress && (
        <>
          <ZipLookup onResult={onResult} />
          {lookup.status === 'failed' && <p className="form-error">{lookup.message}</p>}
          <div className="legislators">
            {found &&
              [...found.senators, ...found.representatives].map((member) => (
                <LegislatorCard
                  key={member.id}
                  name={member.name}
                  role={t(`legislators.roles.${member.role}`)}
                  detail={`${member.seat} · ${member.party}`}
                  phone={member.phone}
                  phonePlace={null}
                  notes={[]}
                  selected={chosenId === member.id}
                  onSelect={() => pickCongress(member)}
                />
              ))}
          </div>
        </>
      )}
      {state && <StateLegislatorPicker selectedId={chosenId} onSelect={pickState} />}
      {props.value && (
        <>
          <p className="picker__chosen" data-testid="handout-legislator">
            {t('console.print.legislatorChosen', { title: props.value.title, name: props.value.name })}
          </p>
          <button type="button" className="button button--outline" onClick={clear}>
            {t('console.print.clearLegislator')}
          </button>
        </>
      )}
    </fieldset>
  );
}
