import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Args } from '../../../common/contract';
import { LANGUAGES, type Language } from '../../../common/languages';
import { pick } from '../../../common/localized';
import { FLYER_MAX_ORGANIZATIONS, SIGNUP_SHEET_MAX_PAGES, type DocumentsPdfResult, type HandoutLayout, type Paper } from '../../../common/documents';
import { Checkbox } from '../../components/Checkbox';
import { TextField } from '../../components/TextField';
import { useKiosk, useVisibleContent } from '../../state/kiosk';
import { base64ToBytes, saveFile } from '../files';
import { HandoutLegislatorPicker } from '../HandoutLegislatorPicker';
import { errorMessage, useConsole } from '../session';
import { languageLabel, useLanguage } from '../../i18n/language';
import { PRINT_KINDS, usePrintChoices, type PrintChoices, type PrintKind } from './print-choices';

const PAPERS: Paper[] = ['letter', 'a4'];
const LAYOUTS: HandoutLayout[] = ['1-up', '2-up'];
/** A sheet in one language, or in English and one other language on the same page. */
const SHEET_LANGUAGES = [...LANGUAGES, ...LANGUAGES.filter((l) => l !== 'en').map((l) => `en+${l}` as const)];

interface Made {
  /** The exact request it was made from: any change of document or choice takes it off the screen. */
  request: string;
  result: DocumentsPdfResult;
  url: string;
  bytes: Uint8Array<ArrayBuffer>;
}

function request(kind: PrintKind, choices: PrintChoices): Args<'documents.pdf'> {
  if (kind === 'flyer') {
    const { organizationIds, ...common } = choices.flyer;
    return { kind, ...common, organizationIds: organizationIds.length ? organizationIds : undefined };
  }
  if (kind === 'directory') return { kind, ...choices.directory };
  if (kind === 'script') {
    const { town, legislator, ...rest } = choices.script;
    return { kind, ...rest, town: town.trim() || undefined, legislator: legislator ?? undefined };
  }
  const { pages, secondLanguage, ...common } = choices['signup-sheet'];
  return { kind, ...common, secondLanguage: secondLanguage ?? undefined, pageCount: Math.min(SIGNUP_SHEET_MAX_PAGES, Math.max(1, Number(pages) || 1)) };
}

/**
 * Print: choose a document, then its language, paper and options (each document keeps its own);
 * see it; save or print it. The preview and its buttons are only ever those of the document and
 * choices on screen.
 */
export function PrintPanel() {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const { content } = useKiosk();
  const { organizations } = useVisibleContent();
  const { call } = useConsole();
  const { kind, setKind, choices, choose, markMade } = usePrintChoices();
  const [made, setMade] = useState<Made | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);
  const preview = useRef<HTMLDivElement>(null);
  const args = useMemo(() => request(kind, choices), [kind, choices]);
  const current = JSON.stringify(args);
  const shown = made?.request === current ? made : null;

  useEffect(() => () => (made ? URL.revokeObjectURL(made.url) : undefined), [made]);
  useEffect(() => {
    if (shown) void preview.current?.scrollIntoView({ block: 'start', behavior: 'instant' });
  }, [shown]);

  const make = async () => {
    setBusy(true);
    setError(null);
    setMade(null);
    try {
      const result = await call('documents.pdf', args);
      const bytes = base64ToBytes(result.base64);
      setMade({ request: current, result, bytes, url: URL.createObjectURL(new Blob([bytes], { type: result.mimeType })) });
      markMade(kind);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const chips = <T extends string>(name: string, values: readonly T[], value: T, set: (v: T) => void, label: (v: T) => string) => (
    <fieldset className="panel choice">
      <legend>{t(`console.print.${name}` as 'console.print.kind')}</legend>
      <div className="chips">
        {values.map((v) => (
          <button key={v} type="button" className={`chip${value === v ? ' chip--on' : ''}`} aria-pressed={value === v} onClick={() => set(v)} data-testid={`print-${name}-${v}`}>
            {label(v)}
          </button>
        ))}
      </div>
    </fieldset>
  );
  const toggle = (list: string[], id: string, on: boolean) => (on ? [...list, id] : list.filter((x) => x !== id));
  const languageName = (l: Language) => languageLabel(l, uiLanguage);
  const sheet = choices['signup-sheet'];
  const script = choices.script;

  return (
    <section aria-labelledby="print-heading">
      <h2 id="print-heading">{t('console.print.heading')}</h2>
      {chips('kind', PRINT_KINDS, kind, setKind, (k) => t(`console.print.kinds.${k}`))}
      {kind === 'signup-sheet'
        ? chips('language', SHEET_LANGUAGES, sheet.secondLanguage ? `${sheet.language}+${sheet.secondLanguage}` : sheet.language, (v) => {
            const [first, second] = v.split('+') as [Language, Language | undefined];
            choose('signup-sheet', { language: first, secondLanguage: second ?? null });
          }, (v) => v.split('+').map((l) => languageName(l as Language)).join(' + '))
        : chips('language', LANGUAGES, choices[kind].language, (language) => choose(kind, { language }), languageName)}
      {chips('paper', PAPERS, choices[kind].paper, (paper) => choose(kind, { paper }), (p) => t(`console.print.papers.${p}`))}
      {kind === 'flyer' && (
        <fieldset className="panel" data-testid="print-flyer-organizations">
          <legend>{t('console.print.flyerOrganizations', { count: FLYER_MAX_ORGANIZATIONS })}</legend>
          {organizations.filter((o) => o.url).map((org) => (
            <Checkbox key={org.id} checked={choices.flyer.organizationIds.includes(org.id)} onChange={(on) => choose('flyer', { organizationIds: toggle(choices.flyer.organizationIds, org.id, on).slice(0, FLYER_MAX_ORGANIZATIONS) })} testId={`print-org-${org.id}`}>
              {org.name}
            </Checkbox>
          ))}
        </fieldset>
      )}
      {kind === 'script' && (
        <>
          {chips('layout', LAYOUTS, script.layout, (layout) => choose('script', { layout }), (l) => t(`console.print.layouts.${l}`))}
          <fieldset className="panel">
            <legend>{t('console.print.scripts')}</legend>
            {content.scripts.map((s) => (
              <Checkbox key={s.id} checked={script.scriptIds.includes(s.id)} onChange={(on) => choose('script', { scriptIds: toggle(script.scriptIds, s.id, on) })} testId={`print-script-${s.id}`}>
                {pick(s.title, script.language)}
              </Checkbox>
            ))}
          </fieldset>
          <TextField label={t('console.print.town')} hint={t('console.print.townHint')} value={script.town} onChange={(town) => choose('script', { town })} testId="print-town" />
          <HandoutLegislatorPicker scripts={content.scripts.filter((s) => script.scriptIds.includes(s.id))} value={script.legislator} onChange={(legislator) => choose('script', { legislator })} />
        </>
      )}
      {kind === 'signup-sheet' && <TextField label={t('console.print.pages')} layout="numeric" maxLength={2} value={sheet.pages} onChange={(pages) => choose('signup-sheet', { pages })} testId="print-pages" />}
      <button type="button" className="button button--large" onClick={() => void make()} disabled={busy || (kind === 'script' && script.scriptIds.length === 0)} data-testid="print-make">
        {busy ? t('console.print.making') : t('console.print.make')}
      </button>
      {error && <p className="banner banner--error" role="alert">{error}</p>}
      {shown && (
        <div className="print-preview" ref={preview} data-testid="print-preview" data-kind={kind}>
          <p>{t('console.print.ready', { title: shown.result.title, count: shown.result.pages, filename: shown.result.filename })}</p>
          <div className="print-preview__actions">
            <button type="button" className="button" onClick={() => saveFile(shown.result.filename, shown.bytes, shown.result.mimeType)} data-testid="print-save">
              {t('console.print.save')}
            </button>
            <button type="button" className="button button--outline" onClick={() => frame.current?.contentWindow?.print()} data-testid="print-print">
              {t('console.print.print')}
            </button>
          </div>
          <iframe ref={frame} className="print-preview__frame" src={shown.url} title={shown.result.title} />
        </div>
      )}
    </section>
  );
}
