import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CATEGORIES, REGIONS } from '../../common/constants';
import type { ContentPack, LocalizedText, Organization } from '../../common/content';
import { TextField } from '../components/TextField';
import { EditorActions } from './EditorActions';
import { LocalizedFields } from './LocalizedFields';
import { blankText, optionalText } from './organization-draft';
import { useLanguage } from '../i18n/language';
import { pick } from '../../common/localized';

/** Several choices among a few, as chips: the organization's ways to help and its places. */
function Chips<T extends string>(props: { legend: string; hint?: string; values: readonly T[]; chosen: T[]; label(value: T): string; onChange(chosen: T[]): void; error?: string | undefined; testId: string }) {
  const { legend, hint, values, chosen, label, onChange, error, testId } = props;
  return (
    <fieldset className={`panel${error ? ' field--invalid' : ''}`} data-testid={testId}>
      <legend>{legend}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      <div className="chips">
        {values.map((value) => {
          const on = chosen.includes(value);
          return (
            <button key={value} type="button" className={`chip${on ? ' chip--on' : ''}`} aria-pressed={on} onClick={() => onChange(on ? chosen.filter((v) => v !== value) : [...chosen, value])} data-testid={`${testId}-${value}`}>
              {label(value)}
            </button>
          );
        })}
      </div>
      {error && <p className="field__error">{error}</p>}
    </fieldset>
  );
}

/**
 * Edits one organization, or writes a new one: every field of the pack, in every language. The
 * pack is saved by the Content tab, through the same validated import as a file.
 */
export function OrganizationEditor(props: { organization: Organization; pack: ContentPack; isNew?: boolean; errors: Record<string, string>; busy: boolean; onSave(next: Organization): void; onCancel(): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { errors, busy, onSave, onCancel, pack } = props;
  const [draft, setDraft] = useState(props.organization);
  const set = <K extends keyof Organization>(key: K, value: Organization[K]) => setDraft((d) => ({ ...d, [key]: value }));
  // An empty URL or phone means none: the key goes, rather than an empty string core would refuse.
  const setOptional = (key: 'url' | 'phone', value: string) =>
    setDraft((d) => {
      const next = { ...d, [key]: value };
      if (!value.trim()) delete next[key];
      return next;
    });
  const setOptionalText = (key: 'location' | 'phoneLabel', value: LocalizedText) =>
    setDraft((d) => {
      const next = { ...d, [key]: value };
      if (!optionalText(value)) delete next[key];
      return next;
    });
  const empty = blankText();
  const sections = pack.sections.filter((s) => s.kind === 'organizations');
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
      <h3 id="org-editor-heading">{props.isNew ? t('console.content.newOrganization') : t('console.content.editOrganization', { name: props.organization.name })}</h3>
      {props.isNew && <p className="field__hint">{t('console.content.newOrganizationHint')}</p>}
      <TextField label={t('console.content.fields.name')} value={draft.name} onChange={(v) => set('name', v)} layout="prose" maxLength={200} required error={errors.name} testId="org-name" />
      <div className="field-row">
        <TextField label={t('console.content.fields.url')} hint={t('console.content.fields.urlHint')} value={draft.url ?? ''} onChange={(v) => setOptional('url', v)} layout="url" maxLength={500} error={errors.url} testId="org-url" />
        <TextField label={t('console.content.fields.phone')} hint={t('console.content.fields.phoneHint')} value={draft.phone ?? ''} onChange={(v) => setOptional('phone', v)} layout="numeric" maxLength={20} error={errors.phone} testId="org-phone" />
      </div>
      <LocalizedFields label={t('console.content.fields.phoneLabel')} value={draft.phoneLabel ?? empty} onChange={(v) => setOptionalText('phoneLabel', v)} maxLength={120} rows={1} field="phoneLabel" errors={errors} testId="org-phone-label" />
      <fieldset className={`panel${errors.sectionId ? ' field--invalid' : ''}`} data-testid="org-section">
        <legend>{t('console.content.fields.section')}</legend>
        <div className="chips">
          {sections.map((section) => (
            <button key={section.id} type="button" className={`chip${draft.sectionId === section.id ? ' chip--on' : ''}`} aria-pressed={draft.sectionId === section.id} onClick={() => set('sectionId', section.id)} data-testid={`org-section-${section.id}`}>
              {pick(section.title, language)}
            </button>
          ))}
        </div>
      </fieldset>
      <Chips legend={t('console.content.fields.categories')} hint={t('console.content.fields.categoriesHint')} values={CATEGORIES} chosen={draft.categories} label={(c) => t(`home.ways.${c}.title`)} onChange={(v) => set('categories', v)} error={errors.categories} testId="org-categories" />
      <Chips legend={t('console.content.fields.regions')} values={REGIONS} chosen={draft.regions} label={(r) => t(`regions.${r}`)} onChange={(v) => set('regions', v)} error={errors.regions} testId="org-regions" />
      <LocalizedFields label={t('console.content.fields.location')} value={draft.location ?? empty} onChange={(v) => setOptionalText('location', v)} maxLength={120} rows={1} field="location" errors={errors} testId="org-location" />
      <LocalizedFields label={t('console.content.fields.summary')} value={draft.summary} onChange={(v) => set('summary', v)} maxLength={160} rows={2} field="summary" errors={errors} testId="org-summary" />
      <LocalizedFields label={t('console.content.fields.description')} value={draft.description} onChange={(v) => set('description', v)} maxLength={2000} rows={7} field="description" errors={errors} testId="org-description" />
      <LocalizedFields label={t('console.content.fields.howToHelp')} value={draft.howToHelp} onChange={(v) => set('howToHelp', v)} maxLength={600} rows={4} field="howToHelp" errors={errors} testId="org-how" />
      <EditorActions busy={busy} onCancel={onCancel} />
    </form>
  );
}
