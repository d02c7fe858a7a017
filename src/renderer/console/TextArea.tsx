import { useEffect, useId, useRef } from 'react';
import { useKeyboard } from '../components/Keyboard';

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
  const keyboard = useKeyboard();
  const valueRef = useRef(value);
  useEffect(() => {
    valueRef.current = value;
  }, [value]);
  return (
    <div className={`field${error ? ' field--invalid' : ''}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      <textarea
        id={id}
        className="field__input field__input--area"
        value={value}
        rows={rows}
        lang={lang}
        maxLength={maxLength}
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        inputMode="none"
        data-testid={testId}
        onChange={(event) => onChange(event.target.value)}
        onFocus={(event) =>
          keyboard.open({
            element: event.currentTarget,
            layout: 'paragraphs',
            // Sentences, not names: capitals come from the shift key.
            capitalize: false,
            maxLength,
            getValue: () => valueRef.current,
            setValue: (next) => {
              valueRef.current = next;
              onChange(next);
            },
          })
        }
        onBlur={(event) => keyboard.close(event.currentTarget)}
      />
      {error && (
        <p id={`${id}-error`} className="field__error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
