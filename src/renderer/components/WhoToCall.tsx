import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallScript, Language } from '../../common/content';
import type { MemberOfCongress } from '../../common/legislators';
import { formatDate } from '../i18n';
import { useKiosk } from '../state/kiosk';
import { fromCongress, fromState, type LegislatorChoice } from './legislator-choice';
import { LegislatorCard } from './LegislatorCard';
import { StateLegislatorPicker } from './StateLegislatorPicker';
import { ZipLookup, type Lookup } from './ZipLookup';

/**
 * "Who do I call?": a ZIP lookup for Congress, a searchable list for the Massachusetts
 * legislature. The chosen person's name, title and number fill the script.
 */
export function WhoToCall(props: { script: CallScript; choice: LegislatorChoice | null; onChoose(choice: LegislatorChoice | null): void; onTown(town: string): void }) {
  const { t, i18n } = useTranslation();
  const { language } = useKiosk();
  const [lookup, setLookup] = useState<Lookup>({ status: 'idle' });
  const { onChoose, onTown } = props;
  const tIn = useCallback((lng: Language) => i18n.getFixedT(lng) as (key: string, options?: Record<string, unknown>) => string, [i18n]);
  const translate = t as unknown as (key: string, options?: Record<string, unknown>) => string;

  const onResult = useCallback(
    (next: Lookup) => {
      setLookup(next);
      if (next.status === 'found' && next.result.town) onTown(next.result.town);
      if (next.status !== 'busy') onChoose(null);
    },
    [onChoose, onTown],
  );

  const congress = props.script.target === 'us-congress';
  const found = lookup.status === 'found' ? lookup.result : null;
  const members: MemberOfCongress[] = found ? [...found.senators, ...found.representatives] : [];
  const asOf = congress ? found?.asOf.members : undefined;
  return (
    <section className="panel" aria-labelledby="who-to-call">
      <h2 id="who-to-call">{t('legislators.heading')}</h2>
      <ZipLookup onResult={onResult} />
      {lookup.status === 'busy' && <p aria-live="polite">{t('legislators.searching')}</p>}
      {lookup.status === 'failed' && (
        <p className="form-error" role="alert" data-testid="lookup-error">
          {lookup.message}
        </p>
      )}
      {found && congress && (
        <>
          {found.notes
            .filter((n) => n.code !== 'choose_state_legislators')
            .map((note) => (
              <p key={note.code} className="banner banner--info" data-testid={`note-${note.code}`}>
                {note.message}
              </p>
            ))}
          <p className="field__hint">{t('legislators.choose')}</p>
          <div className="legislators">
            {members.map((member) => (
              <LegislatorCard
                key={member.id}
                name={member.name}
                role={t(`legislators.roles.${member.role}`)}
                detail={`${member.seat} · ${member.party}`}
                phone={member.phone}
                phonePlace={fromCongress(member, translate, tIn).phonePlace}
                notes={member.notes}
                selected={props.choice?.id === member.id}
                onSelect={() => onChoose(fromCongress(member, translate, tIn))}
              />
            ))}
          </div>
        </>
      )}
      {found && !congress && found.state !== 'MA' && <p className="banner banner--info">{t('legislators.notMassachusetts')}</p>}
      {!congress && (lookup.status !== 'found' || found?.state === 'MA') && (
        <StateLegislatorPicker selectedId={props.choice?.id ?? null} onSelect={(member) => onChoose(fromState(member, translate, tIn))} />
      )}
      {asOf && (
        <p className="bill__asof" data-testid="legislators-asof">
          {t('legislators.asOf', { date: formatDate(asOf, language) })}
        </p>
      )}
    </section>
  );
}
