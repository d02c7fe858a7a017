import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../common/content';
import { LANGUAGES } from '../../common/constants';
import { TextArea } from './TextArea';

/**
 * One text of the content pack in English and Spanish, side by side. `field` is its key in the
 * form's errors ("summary" → errors["summary.en"], errors["summary.es"]), as core names them.
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
  const { label, value, onChange, maxLength, rows, field, errors, testId } = props;
  return (
    <div className="field-row field-row--top">
      {LANGUAGES.map((language) => (
        <TextArea
          key={language}
          label={t('console.content.inLanguage', { field: label, language: t(`console.languageNames.${language}`) })}
          lang={language}
          value={value[language]}
          onChange={(text) => onChange({ ...value, [language]: text })}
          maxLength={maxLength}
          rows={rows}
          error={errors[`${field}.${language}`] ?? (language === 'en' ? errors[field] : undefined)}
          testId={`${testId}-${language}`}
        />
      ))}
    </div>
  );
}
