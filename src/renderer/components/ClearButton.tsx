import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';
import './clear-button.css';

/**
 * The × at the end of a text field: empties it in one tap (26 taps of backspace cleared an event
 * name before), and leaves the caret in it, ready for the new text. Like the on-screen keys, it
 * does not take the focus from the field.
 */
export function ClearButton({ field, label, onClear, testId }: { field: string; label: string; onClear(): void; testId?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="clear-button"
      aria-label={t('field.clear', { label })}
      aria-controls={field}
      // Out of the Tab order: typing row after row with a real keyboard goes field to field.
      tabIndex={-1}
      onPointerDown={(event) => event.preventDefault()}
      onClick={() => {
        onClear();
        document.getElementById(field)?.focus();
      }}
      data-testid={testId ? `${testId}-clear` : undefined}
    >
      <Icon name="clear" size={26} />
    </button>
  );
}
