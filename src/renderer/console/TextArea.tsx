import { useId } from 'react';
import { ClearButton } from '../components/ClearButton';
import { PRIVATE_TEXT_BOX, useKeyboardInput } from '../components/Keyboard';
import { FieldError } from '../components/TextField';

/** TextField's multi-line sibling for the console's longer texts; the same on-screen keyboard. */
export function TextArea(props: {
  label: string;
  value: string;
  onChange(value: string): void;
  maxLength: number;
  rows?: number;
  error?: string | undefined;
  lang?: string;
  testId?: string;
}) {
  const { label, value, onChange, maxLength, rows = 4, error, lang, testId } = props;
  const id = useId();
  // Sentences, not names: capitals come from the shift key.
  const handlers = useKeyboardInput({ value, onChange, layout: 'paragraphs', capitalize: false, maxLength });
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <div className={`field__box${value ? ' field__box--clearable' : ''}`}>
        <textarea
          id={id}
          className="field__input field__input--area"
          value={value}
          rows={rows}
          lang={lang}
          maxLength={maxLength}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          {...PRIVATE_TEXT_BOX}
          data-testid={testId}
          {...handlers}
        />
        {value && <ClearButton field={id} label={label} onClear={() => onChange('')} testId={testId} />}
      </div>
      <FieldError id={`${id}-error`} error={error} />
    </div>
  );
}
