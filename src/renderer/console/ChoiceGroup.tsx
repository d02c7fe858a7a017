import { useId } from 'react';

export interface Choice<T extends string> {
  value: T;
  label: string;
  description?: string;
}

/** One choice among a few, as big radio rows with an explanation under each label. */
export function ChoiceGroup<T extends string>(props: {
  legend: string;
  hint?: string;
  options: readonly Choice<T>[];
  value: T;
  onChange(value: T): void;
  testId: string;
  columns?: boolean;
}) {
  const { legend, hint, options, value, onChange, testId, columns = false } = props;
  const name = useId();
  return (
    <fieldset className="panel choices" data-testid={testId}>
      <legend>{legend}</legend>
      {hint && <p className="field__hint">{hint}</p>}
      <div className={columns ? 'choices__grid' : undefined}>
        {options.map((option) => {
          const id = `${name}-${option.value}`;
          return (
            <div key={option.value} className={`checkbox choice${option.value === value ? ' checkbox--on' : ''}`}>
              <input
                id={id}
                type="radio"
                name={name}
                className="checkbox__input"
                checked={option.value === value}
                aria-describedby={option.description ? `${id}-description` : undefined}
                onChange={() => onChange(option.value)}
                data-testid={`${testId}-${option.value}`}
              />
              <label htmlFor={id} className="checkbox__label choice__label">
                <span className="choice__title">{option.label}</span>
                {option.description && (
                  <span id={`${id}-description`} className="choice__description">
                    {option.description}
                  </span>
                )}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
