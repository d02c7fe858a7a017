import { useTranslation } from 'react-i18next';
import { Icon } from '../components/Icon';

const MAX_DIGITS = 12;

/** A large numeric keypad for the organizer PIN: digits shown as dots, never as numbers. */
export function PinPad(props: { value: string; onChange(value: string): void; onSubmit(): void; disabled?: boolean; submitLabel: string }) {
  const { t } = useTranslation();
  const { value, onChange, onSubmit, disabled = false } = props;
  const press = (digit: string) => onChange((value + digit).slice(0, MAX_DIGITS));
  return (
    <div className="pinpad">
      <output className="pinpad__dots" aria-label={t('console.pin.entered', { count: value.length })} data-testid="pin-dots">
        {value.length === 0 ? <span className="pinpad__placeholder">{t('console.pin.placeholder')}</span> : '●'.repeat(value.length)}
      </output>
      <div className="pinpad__keys">
        {['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((digit) => (
          <button key={digit} type="button" className="key pinpad__key" disabled={disabled} onClick={() => press(digit)} data-key={digit}>
            {digit}
          </button>
        ))}
        <button type="button" className="key pinpad__key" disabled={disabled} onClick={() => onChange(value.slice(0, -1))} aria-label={t('keyboard.backspace')} data-key="backspace">
          <Icon name="backspace" size={36} />
        </button>
        <button type="button" className="key pinpad__key" disabled={disabled} onClick={() => press('0')} data-key="0">
          0
        </button>
        <button type="button" className="key pinpad__key key--done" disabled={disabled || value.length === 0} onClick={onSubmit} data-key="ok">
          {props.submitLabel}
        </button>
      </div>
    </div>
  );
}
