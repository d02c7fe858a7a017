import { useId, type ReactNode } from 'react';

/** A large tappable checkbox row; never checked unless the person (or their choice) checked it. */
export function Checkbox(props: {
  checked: boolean;
  onChange(checked: boolean): void;
  children: ReactNode;
  testId?: string;
  describedBy?: string | undefined;
}) {
  const id = useId();
  return (
    <div className={`checkbox${props.checked ? ' checkbox--on' : ''}`}>
      <input
        id={id}
        type="checkbox"
        className="checkbox__input"
        checked={props.checked}
        aria-describedby={props.describedBy}
        data-testid={props.testId}
        onChange={(event) => props.onChange(event.target.checked)}
      />
      <label htmlFor={id} className="checkbox__label">
        {props.children}
      </label>
    </div>
  );
}
