import { useTranslation } from 'react-i18next';
import type { Note, Phone } from '../../common/legislators';

/** One legislator to choose: who they are and the number to call, as a big tappable card. */
export function LegislatorCard(props: {
  name: string;
  role: string;
  detail: string;
  phone: Phone | null;
  phonePlace: string | null;
  notes: Note[];
  selected: boolean;
  onSelect(): void;
  testId?: string;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className={`legislator${props.selected ? ' legislator--on' : ''}`}
      aria-pressed={props.selected}
      onClick={props.onSelect}
      data-testid={props.testId ?? 'legislator'}
    >
      <span className="legislator__role">{props.role}</span>
      <span className="legislator__name">{props.name}</span>
      <span className="legislator__detail">{props.detail}</span>
      {props.phone ? (
        <span className="legislator__phone">
          {props.phone.display}
          {props.phone.extension && ` ${t('legislators.extension', { extension: props.phone.extension })}`}
          {props.phonePlace && <span className="legislator__place"> · {props.phonePlace}</span>}
        </span>
      ) : (
        <span className="legislator__phone">{t('legislators.noPhone')}</span>
      )}
      {props.notes.map((note) => (
        <span key={note.code} className="legislator__note">
          {note.message}
        </span>
      ))}
    </button>
  );
}
