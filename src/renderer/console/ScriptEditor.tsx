import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CallScript } from '../../common/content';
import { EditorActions } from './EditorActions';
import { LocalizedFields } from './LocalizedFields';
import { pick } from '../../common/localized';
import { useLanguage } from '../i18n/language';

/** Edits one call script's texts in both languages; bills and targets stay as the pack has them. */
export function ScriptEditor(props: { script: CallScript; errors: Record<string, string>; busy: boolean; onSave(next: CallScript): void; onCancel(): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { errors, busy, onSave, onCancel } = props;
  const [draft, setDraft] = useState(props.script);
  const set = <K extends keyof CallScript>(key: K, value: CallScript[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const placeholders = ['{name}', '{town}', '{legislator}', '{title}', '{chamber}', ...draft.bills.map((b) => `{bill:${b.id}}`)].join(' ');
  return (
    <form
      className="editor"
      aria-labelledby="script-editor-heading"
      data-testid="script-editor"
      onSubmit={(event) => {
        event.preventDefault();
        onSave(draft);
      }}
    >
      <h3 id="script-editor-heading">{t('console.content.editScript', { title: pick(props.script.title, language) })}</h3>
      <LocalizedFields label={t('console.content.fields.title')} value={draft.title} onChange={(v) => set('title', v)} maxLength={160} rows={2} field="title" errors={errors} testId="script-title" />
      <LocalizedFields label={t('console.content.fields.intro')} value={draft.intro} onChange={(v) => set('intro', v)} maxLength={2000} rows={6} field="intro" errors={errors} testId="script-intro" />
      <p className="field__hint">
        {t('console.content.fields.placeholders')} <code>{placeholders}</code>
      </p>
      <LocalizedFields label={t('console.content.fields.text')} value={draft.text} onChange={(v) => set('text', v)} maxLength={6000} rows={10} field="text" errors={errors} testId="script-text" />
      <EditorActions busy={busy} onCancel={onCancel} />
    </form>
  );
}
