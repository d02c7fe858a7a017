/**
 * Every document kind in every language (English and Spanish on both paper sizes, the others on
 * one each) through the contract, checked as real files with
 * poppler (pdfinfo, pdffonts, pdftotext, pdftoppm) and jsQR. The rendered pages stay in
 * test-results/pdf/ for a person to look at.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGES, type Language } from '../../src/common/content';
import { pick } from '../../src/common/localized';
import { PAPER_SIZES, type DocumentsPdfArgs, type DocumentsPdfResult, type Paper } from '../../src/common/documents';
import { defaultPack } from '../../src/core/content/store';
import type { Core } from '../../src/core/core';
import { makeDocument } from '../../src/core/pdf/documents';
import { pdfFonts as loadPdfFonts } from '../../src/core/pdf/fonts';
import { ok, organizerToken, tempDir } from './helpers';
import { pdfContext, RALLY, rallyCore, requestName } from './pdf-fixtures';
import { boxAt, decodeQr, pdfFonts, pdfImageCount, pdfInfo, pdfText, renderPages, saveArtifact, wordBoxes } from './pdf-tools';

const pack = defaultPack();
const RECOVERY_CODE = '7K3MQ-9QX2A-HJ4RT-0WXYZ-5N8PB';

/** One paper size each for the languages added later: every kind in every language, in modest time. */
const PAPERS: Record<Language, readonly Paper[]> = { en: PAPER_SIZES, es: PAPER_SIZES, 'pt-BR': ['letter'], ht: ['a4'], vi: ['letter'] };

const REQUESTS: DocumentsPdfArgs[] = LANGUAGES.flatMap((language) =>
  PAPERS[language].flatMap((paper): DocumentsPdfArgs[] => [
    { kind: 'flyer', language, paper },
    { kind: 'directory', language, paper },
    { kind: 'script', language, paper },
    { kind: 'script', language, paper, layout: '2-up' },
    { kind: 'signup-sheet', language, paper, pageCount: 2 },
    { kind: 'recovery-sheet', language, paper, recoveryCode: RECOVERY_CODE, keyId: '0123456789abcdef' },
  ]),
);

const SIZE = { letter: '612 x 792 pts (letter)', a4: '595.28 x 841.89 pts (A4)' };
const LANDSCAPE = { letter: '792 x 612 pts (letter)', a4: '841.89 x 595.28 pts (A4)' };

interface Words {
  date: string;
  asOf: string;
  ways: string;
  pageOf: (page: number, pages: number) => string;
  grace: string;
  stale: string;
  cut: string;
  fields: string[];
  titleChoice: string;
  columns: string[];
  share: string;
  howToHelp: string;
  /** From the call script's intro (1-up) and its explanation in the document's language. */
  unconfirmed: string;
  explained: string[];
  recovery: { title: string; key: string; where: string; lost: string };
  /** Letters with diacritics that must come out of the PDF as they went in. */
  letters: string[];
}

const WORDS: Record<Language, Words> = {
  en: {
    date: 'Saturday, November 28, 2026',
    asOf: 'Information as of November 25, 2026',
    ways: 'Ways to take action',
    pageOf: (page, pages) => `Page ${page} of ${pages}`,
    grace: 'H.R. 6870 · 119th Congress (2025–2026) · as of December 18, 2025',
    stale: 'Old numbers: H.R. 2146, S. 1088 · 116th Congress (2019–2020) · no longer current',
    cut: 'cut here',
    fields: ['Your name', 'Your town', 'Legislator', 'Office phone'],
    titleChoice: 'Representative/Senator',
    columns: ['First name', 'Last name', 'Email', 'Phone', 'ZIP', 'Email OK', 'Texts OK', 'Organizations (numbers)'],
    share: 'Share my name and contact details with the organizations whose numbers I write so they can contact me.',
    howToHelp: 'How to help:',
    unconfirmed: 'is not yet confirmed',
    explained: [],
    recovery: { title: 'Data key recovery sheet', key: 'Data key 0123456789abcdef', where: 'Where to keep it', lost: 'can never be opened, by us or by anyone' },
    letters: [],
  },
  es: {
    date: 'sábado, 28 de noviembre de 2026',
    asOf: 'Información al 25 de noviembre de 2026',
    ways: 'Formas de actuar',
    pageOf: (page, pages) => `Página ${page} de ${pages}`,
    grace: 'H.R. 6870 · 119.º Congreso (2025–2026) · al 18 de diciembre de 2025',
    stale: 'Números antiguos: H.R. 2146, S. 1088 · 116.º Congreso (2019–2020) · ya no vigentes',
    cut: 'corte aquí',
    fields: ['Su nombre', 'Su ciudad o pueblo', 'Legislador(a)', 'Teléfono de la oficina'],
    titleChoice: 'representante/senador(a)',
    columns: ['Nombre', 'Apellido', 'Correo electrónico', 'Teléfono', 'Código postal', 'Correo OK', 'Textos OK', 'Organizaciones (números)'],
    share: 'Compartir mi nombre y mis datos de contacto con las organizaciones cuyos números anoto para que se comuniquen conmigo.',
    howToHelp: 'Cómo ayudar:',
    unconfirmed: 'no está confirmado',
    explained: ['Hola. ¿Podría hablar con la persona del equipo', 'Determinación Presidencial'],
    recovery: { title: 'Hoja de recuperación de la clave de datos', key: 'Clave de datos 0123456789abcdef', where: 'Dónde guardarla', lost: 'no se podrán abrir nunca, ni por nosotros ni por nadie' },
    letters: ['á', 'é', 'ñ'],
  },
  'pt-BR': {
    date: 'sábado, 28 de novembro de 2026',
    asOf: 'Informações de 25 de novembro de 2026',
    ways: 'Formas de agir',
    pageOf: (page, pages) => `Página ${page} de ${pages}`,
    grace: 'H.R. 6870 · 119º Congresso (2025–2026) · em 18 de dezembro de 2025',
    stale: 'Números antigos: H.R. 2146, S. 1088 · 116º Congresso (2019–2020) · não valem mais',
    cut: 'corte aqui',
    fields: ['Seu nome', 'Sua cidade', 'Legislador(a)', 'Telefone do escritório'],
    titleChoice: 'deputado(a)/senador(a)',
    columns: ['Nome', 'Sobrenome', 'E-mail', 'Telefone', 'CEP (ZIP)', 'E-mail OK', 'Mensagens OK', 'Organizações (números)'],
    share: 'Compartilhar meu nome e meus dados de contato com as organizações cujos números eu escrever para que entrem em contato comigo.',
    howToHelp: 'Como ajudar:',
    unconfirmed: 'ainda não está confirmado',
    explained: ['Olá. Posso falar com a pessoa da equipe', 'Determinação Presidencial'],
    recovery: { title: 'Folha de recuperação da chave de dados', key: 'Chave de dados 0123456789abcdef', where: 'Onde guardar', lost: 'nunca mais poderão ser abertas, nem por nós nem por ninguém' },
    letters: ['ã', 'ç', 'õ', 'ê'],
  },
  ht: {
    date: 'samdi 28 novanm 2026',
    asOf: 'Enfòmasyon jiska 25 novanm 2026',
    ways: 'Fason pou aji',
    pageOf: (page, pages) => `Paj ${page} sou ${pages}`,
    grace: 'H.R. 6870 · 119yèm Kongrè (2025–2026) · jiska 18 desanm 2025',
    stale: 'Ansyen nimewo: H.R. 2146, S. 1088 · 116yèm Kongrè (2019–2020) · yo pa bon ankò',
    cut: 'koupe isit la',
    fields: ['Non ou', 'Vil ou', 'Lejislatè', 'Telefòn biwo a'],
    titleChoice: 'reprezantan/senatè',
    columns: ['Premye non', 'Siyati', 'Imèl', 'Telefòn', 'Kòd postal (ZIP)', 'Imèl dakò', 'Tèks dakò', 'Òganizasyon (nimewo)'],
    share: 'Pataje non m ak enfòmasyon kontak mwen ak òganizasyon mwen ekri nimewo yo pou yo ka kontakte m.',
    howToHelp: 'Kijan pou ede:',
    unconfirmed: 'men nimewo li poko konfime',
    explained: ['Bonjou. Èske m ka pale ak moun nan ekip la', 'Detèminasyon Prezidansyèl'],
    recovery: { title: 'Fèy rekiperasyon kle done a', key: 'Kle done 0123456789abcdef', where: 'Ki kote pou kenbe l', lost: 'pèsonn p ap janm ka ouvri enskripsyon sa yo' },
    letters: ['è', 'ò', 'Ò'],
  },
  vi: {
    date: 'Thứ Bảy, 28 tháng 11, 2026',
    asOf: 'Thông tin tính đến 25 tháng 11, 2026',
    ways: 'Những cách hành động',
    pageOf: (page, pages) => `Trang ${page} / ${pages}`,
    grace: 'H.R. 6870 · Quốc hội khóa 119 (2025–2026) · tính đến 18 tháng 12, 2025',
    stale: 'Số cũ: H.R. 2146, S. 1088 · Quốc hội khóa 116 (2019–2020) · không còn hiệu lực',
    cut: 'cắt theo đường này',
    fields: ['Tên của quý vị', 'Thành phố của quý vị', 'Nhà lập pháp', 'Điện thoại văn phòng'],
    titleChoice: 'dân biểu/thượng nghị sĩ',
    columns: ['Tên', 'Họ', 'Email', 'Điện thoại', 'Mã ZIP', 'Nhận email', 'Nhận tin nhắn', 'Tổ chức (số)'],
    share: 'Chia sẻ tên và thông tin liên lạc của tôi với các tổ chức mà tôi ghi số để họ có thể liên lạc với tôi.',
    howToHelp: 'Cách giúp đỡ:',
    unconfirmed: 'mà số hiệu chưa được xác nhận',
    explained: ['Xin chào. Tôi có thể nói chuyện với nhân viên', 'Quyết định của Tổng thống'],
    recovery: { title: 'Tờ khôi phục khóa dữ liệu', key: 'Khóa dữ liệu 0123456789abcdef', where: 'Cất giữ ở đâu', lost: 'sẽ không bao giờ mở được nữa' },
    letters: ['ơ', 'ư', 'ệ', 'ữ', 'đ'],
  },
};

/** What a reader must find in the document's text. */
function expectedText(args: DocumentsPdfArgs, pages: number): string[] {
  const lang = args.language;
  const words = WORDS[lang];
  const common = [RALLY.name];
  switch (args.kind) {
    case 'flyer':
      return [
        ...common,
        words.date,
        RALLY.place ?? '',
        pick(pack.title, lang),
        words.ways,
        words.asOf,
        ...pack.sections.map((s) => pick(s.title, lang)),
        'Massachusetts Immigrant and Refugee Advocacy (MIRA) Coalition',
        'miracoalition.org',
      ];
    case 'directory':
      return [
        ...common,
        words.pageOf(1, pages),
        words.pageOf(pages, pages),
        words.asOf,
        ...pack.organizations.map((o) => o.name),
        ...pack.sections.filter((s) => s.kind === 'organizations').map((s) => pick(s.title, lang)),
        'immigrationadvocates.org/legaldirectory',
        '617-694-5949',
        words.howToHelp,
      ];
    case 'script': {
      const spoken = ['Hello. May I speak with the staffer who handles refugee legislation?', 'H.R. 924 / S. 398', 'H.2580 / S.1681'];
      const explained = words.explained;
      const layout = args.layout === '2-up' ? [words.cut] : [words.pageOf(1, pages), words.unconfirmed];
      return [...common, ...pack.scripts.map((s) => pick(s.title, lang)), ...spoken, ...explained, ...layout, words.grace, words.stale, ...words.fields, words.titleChoice, '_______________'];
    }
    case 'signup-sheet':
      return [
        ...common,
        pick(pack.consents.email, lang),
        pick(pack.consents.sms, lang),
        words.share,
        ...words.columns,
        words.pageOf(1, 2),
        words.pageOf(2, 2),
        // The event's region first (Massachusetts), then nationwide, then the rest.
        '1 Massachusetts Immigrant and Refugee Advocacy (MIRA) Coalition',
        '10 ACLU Immigrants’ Rights Project',
        '17 Coalition for Humane Immigrant Rights (CHIRLA)',
      ];
    case 'recovery-sheet':
      return [
        ...common,
        words.recovery.title,
        words.recovery.key,
        ...RECOVERY_CODE.split('-'),
        words.recovery.where,
        words.recovery.lost,
      ];
  }
}

/** Each language's text as pdftotext gives it back, over all its documents. */
const extracted = new Map<Language, string>();

let core: Core;
let token: string;
let close: () => void;

beforeAll(async () => {
  ({ core, close } = rallyCore());
  token = await organizerToken(core);
});
afterAll(() => close());

describe.each(REQUESTS)('documents.pdf %o', (args) => {
  it('makes a file that parses, has the right size, metadata, embedded fonts, text and QR codes', async () => {
    const result = await ok<DocumentsPdfResult>(core, 'documents.pdf', args, token);
    const bytes = Buffer.from(result.base64, 'base64');
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(result.bytes).toBe(bytes.length);
    expect(result.filename).toBe(`boston-rally-for-immigrant-families-${requestName(args)}.pdf`);

    // The same request made directly gives the same bytes (a fixed clock makes files repeatable),
    // and tells where the QR codes were drawn.
    const direct = await makeDocument(args, pdfContext());
    expect(direct.bytes.equals(bytes)).toBe(true);
    const file = saveArtifact(requestName(args), bytes);

    const info = await pdfInfo(file);
    expect(Number(info.Pages)).toBe(result.pages);
    expect(info['Page size']).toBe(args.kind === 'signup-sheet' ? LANDSCAPE[args.paper] : SIZE[args.paper]);
    expect(info.Author).toBe(RALLY.name);
    expect(info.Title).toBe(result.title);
    expect(info.Title).toContain(RALLY.name);
    expect(info.CreationDate).toMatch(/^2026-11-25T15:00:00/);

    const fonts = await pdfFonts(file);
    expect(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')).sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    expect(fonts.every((f) => f.embedded)).toBe(true);

    const text = await pdfText(file);
    for (const expected of expectedText(args, result.pages)) expect(text, expected).toContain(expected.replace(/\s+/g, ' '));
    // The letters with diacritics come out as they went in: precomposed, one character each.
    expect(text, 'decomposed letters').toBe(text.normalize('NFC'));
    extracted.set(args.language, `${extracted.get(args.language) ?? ''} ${text}`);
    // No column heading or label was cut short to fit (the layout ends a clamped text with "…";
    // the flyer may clamp a long section intro on purpose).
    if (args.kind === 'signup-sheet' || args.kind === 'recovery-sheet') expect(text, 'a text cut short').not.toContain('…');

    const expectedPages = { flyer: 1, directory: [3, 6], script: args.kind === 'script' && args.layout === '2-up' ? 2 : [2, 3], 'signup-sheet': 2, 'recovery-sheet': 1 }[args.kind];
    if (Array.isArray(expectedPages)) {
      expect(result.pages).toBeGreaterThanOrEqual(expectedPages[0] ?? 0);
      expect(result.pages).toBeLessThanOrEqual(expectedPages[1] ?? 0);
    } else {
      expect(result.pages).toBe(expectedPages);
    }

    const pngs = await renderPages(file);
    expect(pngs).toHaveLength(result.pages);

    expect(await pdfImageCount(file)).toBe(0);
    // The recovery sheet's one code is the recovery code; every other code is an organization's site.
    const urls = new Set(args.kind === 'recovery-sheet' ? [RECOVERY_CODE] : pack.organizations.map((o) => o.url));
    const codes = args.kind === 'directory' ? [...direct.qrCodes.slice(0, 3), ...direct.qrCodes.slice(-2)] : direct.qrCodes;
    expect(codes.length).toBe({ flyer: 4, directory: 5, script: 0, 'signup-sheet': 0, 'recovery-sheet': 1 }[args.kind]);
    for (const code of codes) {
      expect(urls.has(code.text)).toBe(true);
      expect(decodeQr(pngs[code.page] ?? '', code), `QR for ${code.text}`).toBe(code.text);
    }
  });
});

describe('the documents’ text layer', () => {
  it.each(LANGUAGES)('gives back the letters of %s with their diacritics (ã ç, è ò, ơ ư ệ)', (language) => {
    const text = extracted.get(language) ?? '';
    expect(text.length).toBeGreaterThan(1000);
    for (const letter of WORDS[language].letters) expect(text, letter).toContain(letter);
  });

  it('keeps a letter readable after a document drew it only inside another (ô inside ố)', async () => {
    // Fonts parsed afresh, as in a new process: the flyer draws "ố", whose glyph DejaVu builds from "ô".
    const resources = tempDir();
    fs.cpSync(path.resolve('resources/fonts'), path.join(resources, 'fonts'), { recursive: true });
    const ctx = { ...pdfContext(), fonts: loadPdfFonts(resources) };
    await makeDocument({ kind: 'flyer', language: 'vi', paper: 'letter' }, ctx);
    const sheet = await makeDocument({ kind: 'recovery-sheet', language: 'vi', paper: 'letter', recoveryCode: RECOVERY_CODE, keyId: '0123456789abcdef' }, ctx);
    expect(await pdfText(saveArtifact('recovery-sheet-vi-after-flyer', sheet.bytes))).toContain('Tờ khôi phục khóa dữ liệu');
  });
});

describe('the paper sign-up sheet', () => {
  it('has no ticked box and numbers its rows across pages, 15 a page', async () => {
    const result = await ok<DocumentsPdfResult>(core, 'documents.pdf', { kind: 'signup-sheet', language: 'en', paper: 'letter', pageCount: 3 }, token);
    const file = saveArtifact('signup-sheet-3-pages', Buffer.from(result.base64, 'base64'));
    const text = await pdfText(file);
    expect(text).not.toMatch(/[✓✔☑☒✗✘]/);
    // The boxes are drawn, not typed: look at them. Each consent column ("Email OK", "Texts OK")
    // has a box on every row (rows found by their numbers), and each box is empty.
    const [page] = await renderPages(file);
    const { words } = await wordBoxes(file);
    const firstPage = words.filter((w) => w.page === 1);
    const columns = firstPage.flatMap((word, i) => {
      const label = firstPage[i - 1];
      if (word.word !== 'OK' || !label || !['Email', 'Texts'].includes(label.word)) return [];
      // Header lines are centred in their cell: so is the box below.
      const oneLine = Math.abs(label.yMin - word.yMin) < 1;
      return [{ x: oneLine ? (label.xMin + word.xMax) / 2 : (word.xMin + word.xMax) / 2, below: word.yMax }];
    });
    expect(columns).toHaveLength(2);
    // Row numbers: digits under the "#" header, centred in its column.
    const hash = firstPage.find((w) => w.word === '#');
    const centre = (w: { xMin: number; xMax: number }) => (w.xMin + w.xMax) / 2;
    const rows = firstPage.filter((w) => /^\d+$/.test(w.word) && hash && w.yMin > hash.yMax && Math.abs(centre(w) - centre(hash)) < 10);
    expect(rows.map((w) => Number(w.word))).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
    for (const row of rows) {
      for (const column of columns) expect(boxAt(page!, column.x, (row.yMin + row.yMax) / 2), `row ${row.word}`).toBe('empty');
    }
    const pageThree = await pdfText(file, 3);
    expect(pageThree).toMatch(/\b31\b.*\b45\b/);
    expect(pageThree).not.toMatch(/\b46\b/);
    expect(pageThree).toContain('Page 3 of 3');
  });
});

describe('documents.pdf options', () => {
  it('fills the handout with the legislator and town when given, in both texts of the Spanish one', async () => {
    const args: DocumentsPdfArgs = {
      kind: 'script',
      language: 'es',
      paper: 'letter',
      layout: '2-up',
      scriptIds: ['us-congress-refugees'],
      town: 'Jamaica Plain',
      legislator: { name: 'Edward J. Markey', title: 'Senator', phone: '(617) 565-8519' },
    };
    const result = await ok<DocumentsPdfResult>(core, 'documents.pdf', args, token);
    expect(result.pages).toBe(1);
    const file = saveArtifact('script-es-letter-2up-filled', Buffer.from(result.base64, 'base64'));
    const text = await pdfText(file);
    for (const expected of ['Jamaica Plain', 'Senator Edward J. Markey', '(617) 565-8519', 'before the Senate that I am asking the Senator to co-sponsor', 'en la cámara correspondiente (Senado)']) {
      expect(text.split(expected).length - 1, expected).toBe(2); // once in each copy
    }
    expect(text).not.toContain('Representative/Senator');
    expect(text).not.toContain('Massachusetts Legislature');
  });

  it('puts QR codes for the organizations chosen on the flyer, and each one reads', async () => {
    const ids = ['bijan', 'mixteca', 'icirr', 'chirla', 'nilc', 'immigration-advocates-network'];
    const args: DocumentsPdfArgs = { kind: 'flyer', language: 'es', paper: 'a4', organizationIds: ids };
    const result = await ok<DocumentsPdfResult>(core, 'documents.pdf', args, token);
    expect(result.pages).toBe(1);
    const direct = await makeDocument(args, pdfContext());
    const file = saveArtifact('flyer-es-a4-six-codes', direct.bytes);
    const pngs = await renderPages(file);
    const urls = ids.map((id) => pack.organizations.find((o) => o.id === id)?.url);
    expect(direct.qrCodes.map((c) => c.text)).toEqual(urls);
    for (const code of direct.qrCodes) expect(decodeQr(pngs[0] ?? '', code)).toBe(code.text);
  });

  it('heads the flyer with the event’s name in the flyer’s language, with its start time', async () => {
    const event = { ...RALLY, names: { es: 'Marcha por las familias inmigrantes' }, startTime: '14:30' };
    const spanish = await pdfText(saveArtifact('flyer-es-named', (await makeDocument({ kind: 'flyer', language: 'es', paper: 'letter' }, pdfContext(pack, event))).bytes));
    expect(spanish).toContain('Marcha por las familias inmigrantes sábado, 28 de noviembre de 2026 · 2:30 p.m. · Boston Common');
    expect(spanish).not.toContain(RALLY.name);
    const english = await pdfText(saveArtifact('flyer-en-named', (await makeDocument({ kind: 'flyer', language: 'en', paper: 'letter' }, pdfContext(pack, event))).bytes));
    expect(english).toContain(`${RALLY.name} Saturday, November 28, 2026 · 2:30 PM · Boston Common`);
  });

  it('refuses unknown organizations and scripts, and a QR code for an organization with no website', async () => {
    const unknownOrg = await core.call('documents.pdf', { kind: 'flyer', language: 'en', paper: 'letter', organizationIds: ['nope'] }, { token });
    expect(unknownOrg).toMatchObject({ ok: false, error: { code: 'invalid_argument', message: expect.stringContaining('"nope"') } });
    const unknownScript = await core.call('documents.pdf', { kind: 'script', language: 'en', paper: 'letter', scriptIds: ['nope'] }, { token });
    expect(unknownScript).toMatchObject({ ok: false, error: { code: 'invalid_argument' } });
    const noWebsite = structuredClone(pack);
    delete noWebsite.organizations[0]?.url;
    await expect(makeDocument({ kind: 'flyer', language: 'en', paper: 'letter', organizationIds: ['mira-coalition'] }, pdfContext(noWebsite))).rejects.toThrow(
      /has no website/,
    );
  });

  it('follows the event’s privacy mode: no last name column when it is not collected, no sheet when sign-ups are off', async () => {
    const sheet: DocumentsPdfArgs = { kind: 'signup-sheet', language: 'en', paper: 'letter' };
    const built = await makeDocument(sheet, pdfContext(pack, { ...RALLY, signupMode: 'no-last-name' }));
    const text = await pdfText(saveArtifact('signup-sheet-no-last-name', built.bytes));
    expect(text).toContain('First name');
    expect(text).not.toContain('Last name');
    await expect(makeDocument(sheet, pdfContext(pack, { ...RALLY, signupMode: 'browse-only' }))).rejects.toThrow(/Sign-ups are turned off/);
  });

  it('is only for organizers', async () => {
    const answer = await core.call('documents.pdf', { kind: 'signup-sheet', language: 'en', paper: 'letter' });
    expect(answer).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
});
