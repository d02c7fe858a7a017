import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../common/content';
import { formatCalendarDate, formatMonthYear, shortWeekdays } from '../../../common/dates';
import './pickers.css';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (year: number, month: number, day: number) => `${year}-${pad(month + 1)}-${pad(day)}`;
const longDate = (value: string, language: Language) => formatCalendarDate(value, language, true);

/**
 * A calendar to tap the event's day on (no typing YYYY-MM-DD on a touch screen): a month at a
 * time, the chosen day marked, and "No date".
 */
export function DatePicker({ label, value, onChange, language, testId }: { label: string; value: string; onChange(value: string): void; language: Language; testId: string }) {
  const { t } = useTranslation();
  const today = new Date();
  const [shown, setShown] = useState(() => {
    const [y, m] = value ? value.split('-').map(Number) : [today.getFullYear(), today.getMonth() + 1];
    return { year: y ?? today.getFullYear(), month: (m ?? 1) - 1 };
  });
  const move = (by: number) =>
    setShown(({ year, month }) => ({ year: year + Math.floor((month + by) / 12), month: (((month + by) % 12) + 12) % 12 }));
  const first = new Date(Date.UTC(shown.year, shown.month, 1)).getUTCDay();
  const days = new Date(Date.UTC(shown.year, shown.month + 1, 0)).getUTCDate();
  const todayIso = iso(today.getFullYear(), today.getMonth(), today.getDate());
  const previous = new Date(Date.UTC(shown.year, shown.month - 1, 1));
  const next = new Date(Date.UTC(shown.year, shown.month + 1, 1));
  return (
    <fieldset className="panel picker" data-testid={testId}>
      <legend>{label}</legend>
      <p className="picker__chosen" aria-live="polite" data-testid={`${testId}-chosen`}>
        {value ? longDate(value, language) : t('console.event.noDate')}
      </p>
      <div className="picker__nav">
        <button type="button" className="button button--outline" onClick={() => move(-1)} data-testid={`${testId}-previous`}>
          ‹ {formatMonthYear(previous.getUTCFullYear(), previous.getUTCMonth(), language)}
        </button>
        <strong data-testid={`${testId}-month`}>{formatMonthYear(shown.year, shown.month, language)}</strong>
        <button type="button" className="button button--outline" onClick={() => move(1)} data-testid={`${testId}-next`}>
          {formatMonthYear(next.getUTCFullYear(), next.getUTCMonth(), language)} ›
        </button>
      </div>
      <div className="calendar">
        {shortWeekdays(language).map((day) => (
          <span key={day} className="calendar__weekday" aria-hidden="true">
            {day}
          </span>
        ))}
        {Array.from({ length: days }, (_, i) => {
          const day = iso(shown.year, shown.month, i + 1);
          return (
            <button
              key={day}
              type="button"
              className={`calendar__day${day === value ? ' calendar__day--on' : ''}${day === todayIso ? ' calendar__day--today' : ''}`}
              style={i === 0 ? { gridColumnStart: first + 1 } : undefined}
              aria-pressed={day === value}
              aria-label={longDate(day, language)}
              onClick={() => onChange(day)}
              data-testid={`${testId}-day-${day}`}
            >
              {i + 1}
            </button>
          );
        })}
      </div>
      {value && (
        <button type="button" className="button button--outline" onClick={() => onChange('')} data-testid={`${testId}-none`}>
          {t('console.event.noDate')}
        </button>
      )}
    </fieldset>
  );
}
