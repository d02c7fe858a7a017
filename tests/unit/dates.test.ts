/**
 * Dates and times as each language writes them, for the screens and the papers alike; Haitian
 * Creole from its own dates.json, since neither Node's nor Chromium's Intl has it.
 */
import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatMonthYear, formatTimeOfDay, shortWeekdays } from '../../src/common/dates';

describe('dates in every language', () => {
  it('write a day, a calendar heading, weekday names and a time as their readers do', () => {
    expect(formatCalendarDate('2026-12-05', 'ht', true)).toBe('samdi 5 desanm 2026');
    expect(formatMonthYear(2026, 11, 'ht')).toBe('desanm 2026');
    expect(shortWeekdays('ht')).toEqual(['dim', 'len', 'mad', 'mèk', 'jed', 'van', 'sam']);
    expect(formatMonthYear(2026, 10, 'pt-BR')).toBe('novembro de 2026');
    expect(shortWeekdays('en')[0]).toBe('Sun');
    expect(formatCalendarDate('2026-12-05', 'vi')).toMatch(/5 tháng 12, 2026/);
    expect(formatTimeOfDay('14:30', 'en')).toBe('2:30 PM');
    expect(formatTimeOfDay('14:30', 'ht')).toBe('14:30');
    expect(formatTimeOfDay('14:30', 'pt-BR')).toBe('14:30');
  });
});
