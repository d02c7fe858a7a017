import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallScript, ContentPack, Organization } from '../../common/content';
import type { FieldIssue } from '../../common/errors';
import { formatDate } from '../i18n';
import { useKiosk } from '../state/kiosk';
import { FilePicker } from './FilePicker';
import { saveFile } from './files';
import { IssueList } from './IssueList';
import { issuesUnder, refusal } from './issues';
import { Notice } from './Notice';
import { blankOrganization, organizationId } from './organization-draft';
import { OrganizationEditor } from './OrganizationEditor';
import { OrganizationList } from './OrganizationList';
import './content-panel.css';
import { ScriptEditor } from './ScriptEditor';
import { errorMessage, useConsole } from './session';
import { pick } from '../../common/localized';
import { useLanguage } from '../i18n/language';

type Editing = { kind: 'organization'; index: number } | { kind: 'new-organization' } | { kind: 'script'; index: number } | null;
type Outcome = { kind: 'ok'; text: string } | { kind: 'error'; text: string; issues: FieldIssue[] } | null;

/**
 * The content pack: what it is, its organizations and scripts to edit, and the pack as a file.
 * Every change is saved by importing a whole pack, so core validates edits and files alike and a
 * refused pack leaves the current content as it was.
 */
export function ContentPanel() {
  const { t } = useTranslation();
  const { call } = useConsole();
  const { content, event, reload } = useKiosk();
  const [editing, setEditing] = useState<Editing>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [editErrors, setEditErrors] = useState<Record<string, string>>({});
  const [busy, setBusy] = useState(false);
  const language = useLanguage();

  /** Imports a pack; true when it was taken. */
  const importPack = async (pack: unknown, success: (r: { version: string; organizations: number; scripts: number; asOf: string }) => string) => {
    setBusy(true);
    setOutcome(null);
    try {
      const result = await call('content.import', { pack });
      await reload();
      setOutcome({ kind: 'ok', text: success(result) });
      return { ok: true as const };
    } catch (e) {
      const { issues } = refusal(e);
      setOutcome({ kind: 'error', text: issues.length > 0 ? t('console.content.refused') : errorMessage(e), issues });
      return { ok: false as const, issues };
    } finally {
      setBusy(false);
    }
  };

  const saveEdit = async (change: (pack: ContentPack) => ContentPack, prefix: string, name: string) => {
    const outcome = await importPack(change(content), () => t('console.content.savedEdit', { name }));
    if (outcome.ok) {
      setEditing(null);
      setEditErrors({});
    } else {
      setEditErrors(issuesUnder(outcome.issues, prefix));
    }
  };
  const saveOrganization = (index: number, next: Organization) =>
    void saveEdit((pack) => ({ ...pack, organizations: pack.organizations.map((o, i) => (i === index ? next : o)) }), `organizations.${index}.`, next.name);
  /** A new organization goes at the end of the pack, with an id made from its name. */
  const addOrganization = (draft: Organization) => {
    const index = content.organizations.length;
    const next = { ...draft, id: organizationId(draft.name, new Set(content.organizations.map((o) => o.id))) };
    void saveEdit((pack) => ({ ...pack, organizations: [...pack.organizations, next] }), `organizations.${index}.`, next.name);
  };
  const saveScript = (index: number, next: CallScript) =>
    void saveEdit((pack) => ({ ...pack, scripts: pack.scripts.map((s, i) => (i === index ? next : s)) }), `scripts.${index}.`, pick(next.title, language));

  const importFile = async (file: File) => {
    let pack: unknown;
    try {
      pack = JSON.parse(await file.text());
    } catch {
      setOutcome({ kind: 'error', text: t('console.content.notJson', { file: file.name }), issues: [] });
      return;
    }
    await importPack(pack, (r) => t('console.content.imported', { file: file.name, version: r.version, asOf: formatDate(r.asOf, language), organizations: r.organizations, scripts: r.scripts }));
  };

  const exportPack = async () => {
    setOutcome(null);
    try {
      const file = await call('content.export', {});
      saveFile(file.filename, file.json, 'application/json');
      setOutcome({ kind: 'ok', text: t('console.content.exported', { file: file.filename }) });
    } catch (e) {
      setOutcome({ kind: 'error', text: errorMessage(e), issues: [] });
    }
  };

  const closeEditor = () => {
    setEditing(null);
    setEditErrors({});
    setOutcome(null);
  };
  const notice = outcome && (
    <Notice kind={outcome.kind} testId="content-outcome">
      <p>{outcome.text}</p>
      {outcome.kind === 'error' && <IssueList issues={outcome.issues} more={(count) => t('console.content.moreIssues', { count })} />}
    </Notice>
  );

  if (editing) {
    const organization = editing.kind === 'organization' ? content.organizations[editing.index] : undefined;
    const script = editing.kind === 'script' ? content.scripts[editing.index] : undefined;
    return (
      <section aria-labelledby="content-heading">
        <h2 id="content-heading">{t('console.content.heading')}</h2>
        {notice}
        {organization && editing.kind === 'organization' && (
          <OrganizationEditor organization={organization} pack={content} errors={editErrors} busy={busy} onSave={(next) => saveOrganization(editing.index, next)} onCancel={closeEditor} />
        )}
        {editing.kind === 'new-organization' && (
          <OrganizationEditor organization={blankOrganization(content, event.region)} pack={content} isNew errors={editErrors} busy={busy} onSave={addOrganization} onCancel={closeEditor} />
        )}
        {script && editing.kind === 'script' && (
          <ScriptEditor script={script} errors={editErrors} busy={busy} onSave={(next) => saveScript(editing.index, next)} onCancel={closeEditor} />
        )}
      </section>
    );
  }

  return (
    <section aria-labelledby="content-heading">
      <h2 id="content-heading">{t('console.content.heading')}</h2>
      <div className="panel" data-testid="content-summary">
        <h3>{pick(content.title, language)}</h3>
        <p className="content-asof">{t('console.content.asOf', { date: formatDate(content.asOf, language), version: content.version })}</p>
        <p>{t('console.content.counts', { sections: content.sections.length, organizations: content.organizations.length, scripts: content.scripts.length })}</p>
        <div className="actions">
          <button type="button" className="button button--outline" onClick={() => void exportPack()} data-testid="content-export">
            {t('console.content.export')}
          </button>
          <FilePicker label={t('console.content.import')} accept=".json,application/json" disabled={busy} onFiles={([file]) => file && void importFile(file)} testId="content-import" />
        </div>
        <p className="field__hint">{t('console.content.importHint')}</p>
      </div>
      {notice}
      <div className="content-heading">
        <h3>{t('console.content.organizations')}</h3>
        <button type="button" className="button" onClick={() => setEditing({ kind: 'new-organization' })} data-testid="add-organization">
          {t('console.content.addOrganization')}
        </button>
      </div>
      <OrganizationList onEdit={(index) => setEditing({ kind: 'organization', index })} />
      <h3>{t('console.content.scripts')}</h3>
      <ul className="edit-list" data-testid="content-scripts">
        {content.scripts.map((s, index) => (
          <li key={s.id}>
            <span>
              <span className="edit-list__name">{pick(s.title, language)}</span>
              <span className="edit-list__meta">{t(`calls.target.${s.target}`)}</span>
            </span>
            <button type="button" className="button button--outline" aria-label={t('console.content.editLabel', { name: pick(s.title, language) })} onClick={() => setEditing({ kind: 'script', index })} data-testid={`edit-script-${s.id}`}>
              {t('console.content.edit')}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
