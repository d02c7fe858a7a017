import { useId } from 'react';
import { ClearButton } from './ClearButton';
import { PRIVATE_TEXT_BOX, useKeyboardInput } from './Keyboard';
import type { KeyboardLayout } from './keyboard-layouts';

interface TextFieldProps {
  label: string;
  value: string;
  onChange(value: string): void;
  layout?: KeyboardLayout;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean;
  maxLength?: number;
  testId?: string;
  type?: 'text' | 'email' | 'tel' | 'password';
  /** Closes the on-screen keyboard once `maxLength` characters are in (a ZIP code). */
  closeWhenFull?: boolean;
}

/** A big labelled field that brings up the on-screen keyboard; its error is read with it. */
export function TextField(props: TextFieldProps) {
  const { label, value, onChange, layout = 'text', hint, error, required = false, maxLength = 80, testId, type = 'text', closeWhenFull } = props;
  const id = useId();
  const handlers = useKeyboardInput({ value, onChange, layout, capitalize: layout === 'text', maxLength, closeWhenFull });
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="field__hint">
          {hint}
        </p>
      )}
      <div className={`field__box${value ? ' field__box--clearable' : ''}`}>
        <input
          id={id}
          className="field__input"
          type={type}
          value={value}
          required={required}
          aria-required={required}
          aria-invalid={Boolean(error)}
          aria-describedby={describedBy}
          maxLength={maxLength}
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

/** A field's error, read out when it appears and linked to the field by id. */
export function FieldError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p id={id} className="field__error" role="alert">
      {error}
    </p>
  );
}
