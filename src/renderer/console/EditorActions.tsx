import { useTranslation } from 'react-i18next';

/** Save and Cancel under a content editor's form. */
export function EditorActions({ busy, onCancel }: { busy: boolean; onCancel(): void }) {
  const { t } = useTranslation();
  return (
    <div className="actions">
      <button type="submit" className="button button--large" disabled={busy} data-testid="editor-save">
        {t('console.content.save')}
      </button>
      <button type="button" className="button button--large button--outline" onClick={onCancel} disabled={busy} data-testid="editor-cancel">
        {t('console.cancel')}
      </button>
    </div>
  );
}
