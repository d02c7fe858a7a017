import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat, ExportPreview } from '../../common/organizer';
import { useKiosk } from '../state/kiosk';
import { ChoiceGroup } from './ChoiceGroup';
import { EXPORT_FORMATS } from './choices';
import { saveFile } from './files';
import { Notice } from './Notice';
import { errorMessage, useConsole } from './session';

const EMAIL_KEYED: readonly ExportFormat[] = ['action-network', 'nationbuilder', 'mobilize'];

/**
 * Sign-ups out to the organizer's tools: choose a format and, optionally, one organization; see
 * who will be left out before saving the file.
 */
export function ExportPanel() {
  const { t } = useTranslation();
  const { call } = useConsole();
  const { content } = useKiosk();
  const orgSelect = useId();
  const [format, setFormat] = useState<ExportFormat>('action-network');
  const [organizationId, setOrganizationId] = useState('');
  // Kept with the choice it counts, so a change of format shows "counting" rather than old numbers.
  const [counted, setCounted] = useState<{ key: string; preview: ExportPreview } | null>(null);
  const [saved, setSaved] = useState<{ filename: string; rows: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const args = { format, ...(organizationId ? { organizationId } : {}) };
  const key = `${format}/${organizationId}`;
  const preview = counted?.key === key ? counted.preview : null;

  useEffect(() => {
    let live = true;
    call('signups.exportPreview', { format, ...(organizationId ? { organizationId } : {}) })
      .then((result) => live && setCounted({ key: `${format}/${organizationId}`, preview: result }))
      .catch((e: unknown) => live && setError(errorMessage(e)));
    return () => {
      live = false;
    };
  }, [call, format, organizationId]);

  const exportFile = async () => {
    setBusy(true);
    setError(null);
    setSaved(null);
    try {
      const result = await call('signups.export', args);
      saveFile(result.filename, result.csv, 'text/csv;charset=utf-8');
      setSaved({ filename: result.filename, rows: result.rows });
      setCounted({ key, preview: result });
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const formatName = t(`console.export.formats.${format}.name`);
  const organizationName = content.organizations.find((o) => o.id === organizationId)?.name;
  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">{t('console.export.heading')}</h2>
      <p className="lead">{t('console.export.intro')}</p>
      <ChoiceGroup
        legend={t('console.export.format')}
        value={format}
        onChange={(next) => {
          setFormat(next);
          setSaved(null);
        }}
        options={EXPORT_FORMATS.map((f) => ({ value: f, label: t(`console.export.formats.${f}.name`), description: t(`console.export.formats.${f}.description`) }))}
        testId="export-format"
        columns
      />
      <div className="field">
        <label htmlFor={orgSelect} className="field__label">
          {t('console.export.organization')}
        </label>
        <p className="field__hint" id={`${orgSelect}-hint`}>
          {t('console.export.organizationHint')}
        </p>
        <select
          id={orgSelect}
          className="field__input select"
          value={organizationId}
          aria-describedby={`${orgSelect}-hint`}
          onChange={(event) => {
            setOrganizationId(event.target.value);
            setSaved(null);
          }}
          data-testid="export-organization"
        >
          <option value="">{t('console.export.everyone')}</option>
          {content.organizations.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
        </select>
      </div>
      <div className="panel export-preview" aria-live="polite" data-testid="export-preview">
        <h3>{t('console.export.previewHeading')}</h3>
        {preview ? (
          <>
            <p className="export-preview__rows" data-testid="export-rows">
              {organizationName ? t('console.export.rowsFor', { count: preview.rows, organization: organizationName }) : t('console.export.rows', { count: preview.rows })}
            </p>
            {EMAIL_KEYED.includes(format) && preview.skippedNoEmail > 0 && (
              <Notice kind="warning" testId="export-no-email">
                {t('console.export.noEmail', { count: preview.skippedNoEmail, format: formatName })}
              </Notice>
            )}
            {preview.merged ? (
              <Notice kind="ok" testId="export-merged">
                {t('console.vault.mergedPeople', { count: preview.merged })}
              </Notice>
            ) : null}
            {preview.skippedNoConsent > 0 && (
              <Notice kind="warning" testId="export-no-consent">
                {t('console.export.noConsent', { count: preview.skippedNoConsent, format: formatName })}
              </Notice>
            )}
          </>
        ) : (
          <p>{t('console.export.counting')}</p>
        )}
      </div>
      {error && <Notice kind="error">{error}</Notice>}
      <button type="button" className="button button--large" onClick={() => void exportFile()} disabled={busy || !preview || preview.rows === 0} data-testid="export-save">
        {t('console.export.save', { format: formatName })}
      </button>
      <p className="export-note" data-testid="export-plain-note">
        {t('console.vault.exportNote')}
      </p>
      {saved && (
        <Notice kind="ok" testId="export-saved">
          <p>{t('console.export.saved', { filename: saved.filename, count: saved.rows })}</p>
          <p className="banner__detail">{t('console.export.savedWhere')}</p>
        </Notice>
      )}
    </section>
  );
}
