import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organization } from '../../common/content';
import { TextField } from '../components/TextField';
import { EditorActions } from './EditorActions';
import { LocalizedFields } from './LocalizedFields';

/** Edits one organization's texts and contacts; the pack is saved by the Content tab. */
export function OrganizationEditor(props: { organization: Organization; errors: Record<string, string>; busy: boolean; onSave(next: Organization): void; onCancel(): void }) {
  const { t } = useTranslation();
  const { errors, busy, onSave, onCancel } = props;
  const [draft, setDraft] = useState(props.organization);
  const set = <K extends keyof Organization>(key: K, value: Organization[K]) => setDraft((d) => ({ ...d, [key]: value }));
  // An empty URL or phone means none: the key goes, rather than an empty string core would refuse.
  const setOptional = (key: 'url' | 'phone', value: string) =>
    setDraft((d) => {
      const next = { ...d, [key]: value };
      if (!value.trim()) delete next[key];
      return next;
    });
  return (
    <form
      className="editor"
      aria-labelledby="org-editor-heading"
      data-testid="organization-editor"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(draft);
      }}
    >
      <h3 id="org-editor-heading">{t('console.content.editOrganization', { name: props.organization.name })}</h3>
      <TextField label={t('console.content.fields.name')} value={draft.name} onChange={(v) => set('name', v)} layout="prose" maxLength={200} required error={errors.name} testId="org-name" />
      <div className="field-row">
        <TextField label={t('console.content.fields.url')} hint={t('console.content.fields.urlHint')} value={draft.url ?? ''} onChange={(v) => setOptional('url', v)} layout="url" maxLength={500} error={errors.url} testId="org-url" />
        <TextField label={t('console.content.fields.phone')} hint={t('console.content.fields.phoneHint')} value={draft.phone ?? ''} onChange={(v) => setOptional('phone', v)} layout="numeric" maxLength={20} error={errors.phone} testId="org-phone" />
      </div>
      <LocalizedFields label={t('console.content.fields.summary')} value={draft.summary} onChange={(v) => set('summary', v)} maxLength={160} rows={2} field="summary" errors={errors} testId="org-summary" />
      <LocalizedFields label={t('console.content.fields.description')} value={draft.description} onChange={(v) => set('description', v)} maxLength={2000} rows={7} field="description" errors={errors} testId="org-description" />
      <LocalizedFields label={t('console.content.fields.howToHelp')} value={draft.howToHelp} onChange={(v) => set('howToHelp', v)} maxLength={600} rows={4} field="howToHelp" errors={errors} testId="org-how" />
      <EditorActions busy={busy} onCancel={onCancel} />
    </form>
  );
}
