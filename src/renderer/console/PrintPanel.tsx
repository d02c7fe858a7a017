import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Args } from '../../common/contract';
import type { Language } from '../../common/content';
import type { DocumentKind, DocumentsPdfResult, HandoutLayout, HandoutLegislator, Paper } from '../../common/documents';
import { Checkbox } from '../components/Checkbox';
import { TextField } from '../components/TextField';
import { useKiosk } from '../state/kiosk';
import { base64ToBytes, saveFile } from './files';
import { HandoutLegislatorPicker } from './HandoutLegislatorPicker';
import { errorMessage, useConsole } from './session';
import { LANGUAGES } from '../../common/languages';
import { pick } from '../../common/localized';
import { languageLabel, useLanguage } from '../i18n/language';

/** The recovery sheet is printed from the data key's setup, never from here. */
type PrintKind = Exclude<DocumentKind, 'recovery-sheet'>;
const KINDS: PrintKind[] = ['flyer', 'directory', 'script', 'signup-sheet'];
const PAPERS: Paper[] = ['letter', 'a4'];
const LAYOUTS: HandoutLayout[] = ['1-up', '2-up'];
const FLYER_MAX = 6;

interface Made {
  result: DocumentsPdfResult;
  url: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** Print: choose a document, language, paper and options; see it; save or print it. */
export function PrintPanel() {
  const { t } = useTranslation();
  const { content, event } = useKiosk();
  const uiLanguage = useLanguage();
  const { call } = useConsole();
  const [kind, setKind] = useState<PrintKind>('flyer');
  const [language, setLanguage] = useState<Language>(event.defaultLanguage);
  const [paper, setPaper] = useState<Paper>('letter');
  const [orgIds, setOrgIds] = useState<string[]>([]);
  const [scriptIds, setScriptIds] = useState<string[]>(() => content.scripts.map((s) => s.id));
  const [layout, setLayout] = useState<HandoutLayout>('1-up');
  const [town, setTown] = useState('');
  const [legislator, setLegislator] = useState<HandoutLegislator | null>(null);
  const [pages, setPages] = useState('1');
  const [made, setMade] = useState<Made | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const frame = useRef<HTMLIFrameElement>(null);

  useEffect(() => () => (made ? URL.revokeObjectURL(made.url) : undefined), [made]);

  const args = useMemo((): Args<'documents.pdf'> => {
    const common = { language, paper };
    if (kind === 'flyer') return { kind, ...common, organizationIds: orgIds.length ? orgIds : undefined };
    if (kind === 'directory') return { kind, ...common };
    if (kind === 'script') {
      return { kind, ...common, scriptIds, layout, town: town.trim() || undefined, legislator: legislator ?? undefined };
    }
    return { kind, ...common, pageCount: Math.min(50, Math.max(1, Number(pages) || 1)) };
  }, [kind, language, paper, orgIds, scriptIds, layout, town, legislator, pages]);

  const make = async () => {
    setBusy(true);
    setError(null);
    try {
      const result = await call('documents.pdf', args);
      const bytes = base64ToBytes(result.base64);
      setMade({ result, bytes, url: URL.createObjectURL(new Blob([bytes], { type: result.mimeType })) });
    } catch (e) {
      setMade(null);
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const choice = <T extends string>(name: string, values: readonly T[], value: T, set: (v: T) => void, label: (v: T) => string) => (
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

  return (
    <section aria-labelledby="print-heading">
      <h2 id="print-heading">{t('console.print.heading')}</h2>
      {choice('kind', KINDS, kind, setKind, (k) => t(`console.print.kinds.${k}`))}
      {choice('language', LANGUAGES, language, setLanguage, (l) => languageLabel(l, uiLanguage))}
      {choice('paper', PAPERS, paper, setPaper, (p) => t(`console.print.papers.${p}`))}
      {kind === 'flyer' && (
        <fieldset className="panel">
          <legend>{t('console.print.flyerOrganizations', { count: FLYER_MAX })}</legend>
          {content.organizations.filter((o) => o.url).map((org) => (
            <Checkbox key={org.id} checked={orgIds.includes(org.id)} onChange={(on) => setOrgIds(toggle(orgIds, org.id, on).slice(0, FLYER_MAX))} testId={`print-org-${org.id}`}>
              {org.name}
            </Checkbox>
          ))}
        </fieldset>
      )}
      {kind === 'script' && (
        <>
          {choice('layout', LAYOUTS, layout, setLayout, (l) => t(`console.print.layouts.${l}`))}
          <fieldset className="panel">
            <legend>{t('console.print.scripts')}</legend>
            {content.scripts.map((script) => (
              <Checkbox key={script.id} checked={scriptIds.includes(script.id)} onChange={(on) => setScriptIds(toggle(scriptIds, script.id, on))} testId={`print-script-${script.id}`}>
                {pick(script.title, language)}
              </Checkbox>
            ))}
          </fieldset>
          <TextField label={t('console.print.town')} hint={t('console.print.townHint')} value={town} onChange={setTown} testId="print-town" />
          <HandoutLegislatorPicker scripts={content.scripts.filter((s) => scriptIds.includes(s.id))} value={legislator} onChange={setLegislator} />
        </>
      )}
      {kind === 'signup-sheet' && <TextField label={t('console.print.pages')} layout="numeric" maxLength={2} value={pages} onChange={setPages} testId="print-pages" />}
      <button type="button" className="button button--large" onClick={() => void make()} disabled={busy || (kind === 'script' && scriptIds.length === 0)} data-testid="print-make">
        {busy ? t('console.print.making') : t('console.print.make')}
      </button>
      {error && <p className="banner banner--error" role="alert">{error}</p>}
      {made && (
        <div className="print-preview" data-testid="print-preview">
          <p>{t('console.print.ready', { title: made.result.title, pages: made.result.pages, filename: made.result.filename })}</p>
          <div className="print-preview__actions">
            <button type="button" className="button" onClick={() => saveFile(made.result.filename, made.bytes, made.result.mimeType)} data-testid="print-save">
              {t('console.print.save')}
            </button>
            <button type="button" className="button button--outline" onClick={() => frame.current?.contentWindow?.print()} data-testid="print-print">
              {t('console.print.print')}
            </button>
          </div>
          <iframe ref={frame} className="print-preview__frame" src={made.url} title={made.result.title} />
        </div>
      )}
    </section>
  );
}
