import { useTranslation } from 'react-i18next';
import type { Language } from '../../../common/content';
import { formatTime } from '../../i18n';
import './pickers.css';

/** Hours a rally starts at, from early morning to late evening. */
const HOURS = Array.from({ length: 18 }, (_, i) => i + 6);
const MINUTES = ['00', '15', '30', '45'];
const pad = (n: number) => String(n).padStart(2, '0');

/** The start time by touch: an hour, then the minutes (HH:MM, 24-hour, stored as such). */
export function TimePicker({ label, value, onChange, language, testId }: { label: string; value: string; onChange(value: string): void; language: Language; testId: string }) {
  const { t } = useTranslation();
  const [hour, minute = '00'] = value ? value.split(':') : [];
  const hourLabel = (h: number) => formatTime(`${pad(h)}:00`, language).replace(/:00/, '');
  return (
    <fieldset className="panel picker" data-testid={testId}>
      <legend>{label}</legend>
      <p className="picker__chosen" aria-live="polite" data-testid={`${testId}-chosen`}>
        {value ? formatTime(value, language) : t('console.event.noTime')}
      </p>
      <div className="chips picker__hours" role="group" aria-label={t('console.event.hour')}>
        {HOURS.map((h) => (
          <button key={h} type="button" className={`chip${hour === pad(h) ? ' chip--on' : ''}`} aria-pressed={hour === pad(h)} onClick={() => onChange(`${pad(h)}:${minute}`)} data-testid={`${testId}-hour-${pad(h)}`}>
            {hourLabel(h)}
          </button>
        ))}
      </div>
      <div className="chips" role="group" aria-label={t('console.event.minutes')}>
        {MINUTES.map((m) => (
          <button key={m} type="button" className={`chip${value && minute === m ? ' chip--on' : ''}`} aria-pressed={Boolean(value) && minute === m} disabled={!value} onClick={() => onChange(`${hour ?? '00'}:${m}`)} data-testid={`${testId}-minute-${m}`}>
            :{m}
          </button>
        ))}
        {value && (
          <button type="button" className="button button--outline" onClick={() => onChange('')} data-testid={`${testId}-none`}>
            {t('console.event.noTime')}
          </button>
        )}
      </div>
    </fieldset>
  );
}
