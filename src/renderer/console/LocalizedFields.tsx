import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../common/content';
import { LANGUAGES, SOURCE_LANGUAGE } from '../../common/languages';
import { languageLabel, useLanguage } from '../i18n/language';
import { TextArea } from './TextArea';

/**
 * One text of the content pack in every language, English first. `field` is its key in the
 * form's errors ("summary" → errors["summary.en"], errors["summary.vi"]), as core names them.
 * English is required; a text left empty in another language is left out of the pack, and the
 * kiosk shows the English one there.
 */
export function LocalizedFields(props: {
  label: string;
  value: LocalizedText;
  onChange(value: LocalizedText): void;
  maxLength: number;
  rows?: number;
  field: string;
  errors: Record<string, string>;
  testId: string;
}) {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const { label, value, onChange, maxLength, rows, field, errors, testId } = props;
  const change = (language: (typeof LANGUAGES)[number], text: string) => {
    const next: LocalizedText = { ...value, [language]: text };
    if (language !== SOURCE_LANGUAGE && text === '') delete next[language];
    onChange(next);
  };
  return (
    <div className="field-row field-row--top">
      {LANGUAGES.map((language) => (
        <TextArea
          key={language}
          label={t('console.content.inLanguage', { field: label, language: languageLabel(language, uiLanguage) })}
          lang={language}
          value={value[language] ?? ''}
          onChange={(text) => change(language, text)}
          maxLength={maxLength}
          rows={rows}
          error={errors[`${field}.${language}`] ?? (language === SOURCE_LANGUAGE ? errors[field] : undefined)}
          testId={`${testId}-${language}`}
        />
      ))}
    </div>
  );
}
