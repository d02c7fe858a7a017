/**
 * Review status and the review file, through the contract on real SQLite files: every language
 * says honestly that no native speaker reviewed it; the file opens in a spreadsheet (UTF-8 BOM,
 * RFC 4180) with key, English, translation and status; a reviewer's corrections come back checked
 * row by row, reach the screens, core's sentences and the content pack, and survive a restart and
 * a backup's restore; a wrong file changes nothing and says which rows are wrong.
 */
import { describe, expect, it } from 'vitest';
import type { PartStatus, ReviewFile, ReviewImportResult, TranslationsResult, TranslationStatus } from '../../src/common/translations';
import type { ContentPack } from '../../src/common/content';
import type { Core } from '../../src/core/core';
import { ok, organizerToken, startCore, stopCore, tempDir, validSignup } from './helpers';
import { parseCsv } from './rfc4180';

async function organizer(core: Core) {
  const token = await organizerToken(core);
  return {
    token,
    call: <T>(method: string, args: unknown = {}) => ok<T>(core, method, args, token),
  };
}

type Row = [key: string, english: string, translation: string, status: string];

/** The file as a reviewer's spreadsheet sees it (BOM dropped), and back as CSV. */
function rowsOf(file: ReviewFile): Row[] {
  expect(file.csv.startsWith('\uFEFF')).toBe(true);
  const [header, ...rows] = parseCsv(file.csv.slice(1));
  expect(header).toEqual(['key', 'english', 'translation', 'status']);
  return rows as Row[];
}
const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell);
const toCsv = (rows: Row[]) => `\uFEFF${[['key', 'english', 'translation', 'status'], ...rows].map((r) => r.map(quote).join(',')).join('\r\n')}\r\n`;

function edit(rows: Row[], key: string, change: (row: Row) => Row): Row[] {
  expect(rows.some((r) => r[0] === key), key).toBe(true);
  return rows.map((row) => (row[0] === key ? change(row) : row));
}

describe('translation review status', () => {
  it('counts every text of every part for each language, and says none was reviewed by a native speaker', async () => {
    const { call } = await organizer(startCore());
    const status = await call<TranslationStatus>('translations.status');
    expect(status.languages.map((l) => l.language)).toEqual(['es', 'pt-BR', 'ht', 'vi']);
    for (const { language, parts, note } of status.languages) {
      expect(parts.map((p) => p.part)).toEqual(['kiosk', 'console', 'print', 'vault', 'sync', 'messages', 'legislators', 'documents', 'pack']);
      for (const part of parts) expect(part, `${language} ${part.part}`).toMatchObject({ missing: 0, reviewed: 0 });
      expect(parts.every((p) => p.total > 0)).toBe(true);
      expect(note).toMatch(/review/);
    }
  });
});

describe('the review file', () => {
  it('has a row per text with the English source, the translation and its status', async () => {
    const { call } = await organizer(startCore());
    const file = await call<ReviewFile>('translations.export', { language: 'vi' });
    expect(file.filename).toBe('take-action-translations-vi-2026-11-25.csv');
    const rows = rowsOf(file);
    expect(rows).toHaveLength(file.rows);
    const status = await call<TranslationStatus>('translations.status');
    const total = status.languages.find((l) => l.language === 'vi')?.parts.reduce((sum, p: PartStatus) => sum + p.total, 0);
    expect(rows).toHaveLength(total ?? -1);
    expect(rows).toContainEqual(['kiosk:attract.touch', 'Touch to start', 'Chạm để bắt đầu', 'not reviewed']);
    expect(rows.find((r) => r[0] === 'pack:consents.share')?.slice(2)).toEqual([
      'Chia sẻ tên và thông tin liên lạc của tôi với {organization} để họ có thể liên lạc với tôi. Chúng tôi không bao giờ hỏi về tình trạng di trú.',
      'not reviewed',
    ]);
    expect(rows.find((r) => r[0] === 'messages:wrongPinMany')?.[2]).toContain('{left}');
  });

  it('brings a reviewer’s corrections to the screens, core’s sentences and the pack, and keeps them', async () => {
    const dir = tempDir();
    const core = startCore(dir);
    const { call, token } = await organizer(core);
    let rows = rowsOf(await call<ReviewFile>('translations.export', { language: 'ht' }));
    rows = edit(rows, 'kiosk:attract.touch', ([key, en]) => [key, en, 'Peze la pou kòmanse', 'reviewed']);
    rows = edit(rows, 'kiosk:home.heading', (row) => [row[0], row[1], row[2], 'Reviewed']);
    rows = edit(rows, 'messages:signupInvalid', ([key, en]) => [key, en, 'Gen repons ki bezwen korije. Tanpri gade chan ki make yo.', 'not reviewed']);
    rows = edit(rows, 'pack:consents.email', ([key, en, text]) => [key, en, `${text} (revize)`, 'reviewed']);
    const result = await call<ReviewImportResult>('translations.import', { language: 'ht', csv: toCsv(rows) });
    expect(result).toEqual({ changed: 3, reviewed: 3, parts: ['kiosk', 'console', 'print', 'vault', 'sync', 'messages', 'legislators', 'documents', 'pack'] });

    // The screens get the corrected texts; core says its sentences with them; the pack has them.
    const check = async (on: Core, onToken: string) => {
      const { corrections } = await ok<TranslationsResult>(on, 'translations.get', {});
      expect(corrections.ht?.kiosk).toEqual({ 'attract.touch': 'Peze la pou kòmanse', 'home.heading': 'Kijan ou ta renmen ede?' });
      const refused = await on.call('signup.create', { ...validSignup, language: 'ht', email: 'nope' }, { language: 'ht' });
      expect(refused.ok ? '' : refused.error.message).toBe('Gen repons ki bezwen korije. Tanpri gade chan ki make yo.');
      const pack = await ok<ContentPack>(on, 'content.get', {});
      expect(pack.consents.email.ht).toMatch(/ \(revize\)$/);
      expect(pack.review?.ht).toMatchObject({ status: 'not-reviewed', reviewedKeys: ['consents.email'] });
      const status = await ok<TranslationStatus>(on, 'translations.status', {}, onToken);
      const parts = Object.fromEntries((status.languages.find((l) => l.language === 'ht')?.parts ?? []).map((p) => [p.part, p.reviewed]));
      expect(parts).toMatchObject({ kiosk: 2, messages: 0, pack: 1, console: 0 });
    };
    await check(core, token);
    // A sign-up in Creole records the reviewed consent text.
    const { id } = await ok<{ id: string }>(core, 'signup.create', { ...validSignup, language: 'ht' });
    const record = await call<{ consents: { kind: string; text: string }[] }>('signups.get', { id });
    expect(record.consents.find((c) => c.kind === 'email')?.text).toMatch(/ \(revize\)$/);

    // After a restart, and on another kiosk that restores this one's backup.
    const { base64 } = await call<{ base64: string }>('backup.create');
    stopCore(core);
    const again = startCore(dir);
    await check(again, await organizerToken(again));
    const other = startCore();
    const { call: callOther, token: otherToken } = await organizer(other);
    await callOther('backup.restore', { base64, confirm: true });
    await check(other, otherToken);
  });

  it('may cover one part only (the content pack a reviewer was given)', async () => {
    const { call } = await organizer(startCore());
    const rows = rowsOf(await call<ReviewFile>('translations.export', { language: 'pt-BR' })).filter((r) => r[0].startsWith('pack:'));
    const result = await call<ReviewImportResult>('translations.import', { language: 'pt-BR', csv: toCsv(rows.map(([k, e, t]) => [k, e, t, 'reviewed'])) });
    expect(result).toEqual({ changed: 0, reviewed: rows.length, parts: ['pack'] });
    const pack = await call<ContentPack>('content.get');
    expect(pack.review?.['pt-BR']).toEqual({ status: 'reviewed', note: expect.stringContaining('not a native speaker') as unknown });
  });

  it('is refused whole, naming each wrong row, and nothing changes', async () => {
    const core = startCore();
    const { call, token } = await organizer(core);
    const file = await call<ReviewFile>('translations.export', { language: 'vi' });
    const rows = rowsOf(file);
    const cases: [string, string, RegExp][] = [
      ['a placeholder dropped', toCsv(edit(rows, 'messages:wrongPinMany', ([k, e]) => [k, e, 'Mã PIN không đúng.', 'reviewed'])), /row \d+ \(messages:wrongPinMany\): the translation must keep exactly the placeholders of the English text \(\{left\}\)/],
      ['an i18next placeholder renamed', toCsv(edit(rows, 'kiosk:thanks.heading', ([k, e]) => [k, e, 'Cảm ơn {{ten}}!', 'reviewed'])), /kiosk:thanks\.heading.*\{\{name\}\}/],
      ['a row left out', toCsv(rows.filter((r) => r[0] !== 'kiosk:attract.touch')), /kiosk:attract\.touch: this text is missing from the file/],
      ['an empty translation', toCsv(edit(rows, 'print:heading', ([k, e]) => [k, e, '  ', 'reviewed'])), /print:heading\): the translation is empty/],
      ['an unknown key', toCsv([...rows, ['kiosk:no.such.key', 'x', 'y', 'reviewed']]), /kiosk:no\.such\.key\): there is no text with this key/],
      ['a key twice', toCsv([...rows, rows[0] as Row]), /this key is in the file twice/],
      ['an unknown status', toCsv(edit(rows, 'vault:tab', ([k, e, t]) => [k, e, t, 'approved'])), /vault:tab\): the status must be one of: reviewed, not reviewed/],
      ['other columns', toCsv(rows).replace('key,english,translation,status', 'id,source,text,state'), /row 1: The first row must name the columns key, english, translation, status/],
      ['not CSV', '"unterminated,\r\nx', /could not be read as a CSV file/],
    ];
    const before = await call<TranslationStatus>('translations.status');
    for (const [name, csv, reason] of cases) {
      const answer = await core.call('translations.import', { language: 'vi', csv }, { token });
      expect(answer, name).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
      const said = answer.ok ? '' : `${answer.error.message} ${(answer.error.issues ?? []).map((i) => `${i.path}: ${i.reason}`).join(' | ')}`;
      expect(said, name).toMatch(reason);
    }
    expect(await call<TranslationStatus>('translations.status')).toEqual(before);
    expect((await ok<TranslationsResult>(core, 'translations.get', {})).corrections).toEqual({});
    // The reasons come in the console's language too.
    const inPortuguese = await core.call('translations.import', { language: 'vi', csv: cases[2]?.[1] }, { token, language: 'pt-BR' });
    expect(inPortuguese.ok ? '' : inPortuguese.error.message).toMatch(/^As correções não foram importadas/);
    expect(inPortuguese.ok ? [] : inPortuguese.error.issues).toContainEqual({ path: 'kiosk:attract.touch', reason: 'este texto está faltando no arquivo: mantenha todas as linhas exportadas' });
  });

  it('keeps the edges of a text a spreadsheet trimmed, and undoes a formula guard', async () => {
    const { call } = await organizer(startCore());
    let rows = rowsOf(await call<ReviewFile>('translations.export', { language: 'es' }));
    expect(rows.find((r) => r[0] === 'kiosk:thanks.and')?.[2]).toBe(' y ');
    rows = edit(rows, 'kiosk:thanks.and', ([k, e]) => [k, e, 'y', 'reviewed']);
    rows = edit(rows, 'kiosk:signup.phoneHint', ([k, e]) => [k, e, "'+52 u otro número", 'not reviewed']);
    await call('translations.import', { language: 'es', csv: toCsv(rows) });
    const { corrections } = await call<TranslationsResult>('translations.get');
    expect(corrections.es?.kiosk).toMatchObject({ 'thanks.and': ' y ', 'signup.phoneHint': '+52 u otro número' });
  });
});
