/**
 * The on-screen keyboard, docked at the bottom. A text field registers itself when focused; keys
 * type into it without taking the focus (pointerdown is cancelled), and the page scrolls so the
 * field always stays visible above the keys.
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';
import { keyRows, shouldCapitalize, type Key, type KeyboardLayout } from './keyboard-layouts';

export interface KeyboardTarget {
  element: HTMLInputElement | HTMLTextAreaElement;
  layout: KeyboardLayout;
  capitalize: boolean;
  maxLength: number;
  /** Closes the keyboard once the field is full (a ZIP code: five digits, then the results). */
  closeWhenFull: boolean;
  getValue(): string;
  setValue(value: string): void;
}

interface KeyboardControl {
  open(target: KeyboardTarget): void;
  close(element?: HTMLInputElement | HTMLTextAreaElement): void;
}

const KeyboardContext = createContext<KeyboardControl | null>(null);

export function useKeyboard(): KeyboardControl {
  const control = useContext(KeyboardContext);
  if (!control) throw new Error('useKeyboard outside KeyboardProvider');
  return control;
}

type TextElement = HTMLInputElement | HTMLTextAreaElement;

/**
 * Attributes every kiosk text box carries: no autofill, suggestions or saved history (this is a
 * shared public screen), and no system keyboard over ours.
 */
export const PRIVATE_TEXT_BOX = {
  autoComplete: 'off',
  autoCorrect: 'off',
  autoCapitalize: 'off',
  spellCheck: false,
  inputMode: 'none',
} as const;

/** Event handlers that connect a text field or text area to the on-screen keyboard. */
export function useKeyboardInput(options: {
  value: string;
  onChange(value: string): void;
  layout: KeyboardLayout;
  capitalize: boolean;
  maxLength: number;
  closeWhenFull?: boolean | undefined;
}) {
  const keyboard = useKeyboard();
  const { value, onChange, layout, capitalize, maxLength, closeWhenFull = false } = options;
  // The keyboard types into the latest value, including keys pressed between two renders.
  const valueRef = useRef(value);
  useEffect(() => {
    valueRef.current = value;
  }, [value]);
  return {
    onChange: (event: { target: TextElement }) => {
      onChange(event.target.value);
      // Typed on a real keyboard: the field lets go once full, as with the on-screen one.
      if (closeWhenFull && event.target.value.length >= maxLength) event.target.blur();
    },
    onFocus: (event: { currentTarget: TextElement }) =>
      keyboard.open({
        element: event.currentTarget,
        layout,
        capitalize,
        maxLength,
        closeWhenFull,
        getValue: () => valueRef.current,
        setValue: (next) => {
          valueRef.current = next;
          onChange(next);
        },
      }),
    onBlur: (event: { currentTarget: TextElement }) => keyboard.close(event.currentTarget),
  };
}

const TOP_MARGIN = 140; // below the sticky top bar
const GAP = 24;

function keepAboveKeyboard(element: HTMLElement, keyboard: HTMLElement | null): void {
  const limit = window.innerHeight - (keyboard?.offsetHeight ?? 0) - GAP;
  const rect = element.getBoundingClientRect();
  if (rect.bottom > limit) window.scrollBy({ top: rect.bottom - limit, behavior: 'instant' });
  else if (rect.top < TOP_MARGIN) window.scrollBy({ top: rect.top - TOP_MARGIN, behavior: 'instant' });
}

/**
 * Where the keys type: at the caret, so a word in the middle of a text can be fixed by touch.
 * Email inputs have no caret API (selectionStart is null); they are typed at the end.
 */
function selection(element: HTMLInputElement | HTMLTextAreaElement, length: number): { start: number; end: number } {
  const { selectionStart, selectionEnd } = element;
  if (document.activeElement !== element || selectionStart === null || selectionEnd === null) return { start: length, end: length };
  return { start: selectionStart, end: selectionEnd };
}

/** After React has written the new value (which moves the caret to the end), puts it back. */
function placeCaret(element: HTMLInputElement | HTMLTextAreaElement, position: number): void {
  requestAnimationFrame(() => {
    if (document.activeElement === element && element.selectionStart !== null) element.setSelectionRange(position, position);
  });
}

export function KeyboardProvider({ children }: { children: ReactNode }) {
  const [target, setTarget] = useState<KeyboardTarget | null>(null);
  const keyboardRef = useRef<HTMLDivElement>(null);
  const open = useCallback((next: KeyboardTarget) => setTarget(next), []);
  // Deferred: when focus moves from one field to the next, the new field registers first and
  // the keyboard stays put instead of closing and reopening.
  const close = useCallback((element?: HTMLInputElement | HTMLTextAreaElement) => {
    window.setTimeout(() => setTarget((current) => (!element || current?.element === element ? null : current)), 0);
  }, []);
  useEffect(() => {
    document.body.classList.toggle('keyboard-open', target !== null);
    if (target) keepAboveKeyboard(target.element, keyboardRef.current);
    return () => document.body.classList.remove('keyboard-open');
  }, [target]);
  const control = useMemo(() => ({ open, close }), [open, close]);
  return (
    <KeyboardContext.Provider value={control}>
      {children}
      {target && <OnScreenKeyboard key={target.element.id} ref={keyboardRef} target={target} onDone={() => target.element.blur()} />}
    </KeyboardContext.Provider>
  );
}

function OnScreenKeyboard({ target, onDone, ref }: { target: KeyboardTarget; onDone(): void; ref: React.Ref<HTMLDivElement> }) {
  const { t } = useTranslation();
  const [shift, setShift] = useState(false);
  const [accents, setAccents] = useState(false);
  const [value, setValue] = useState(target.getValue());
  // Shift capitalizes the next letter in any layout; names also capitalize each word by themselves.
  const upper = shift || (target.capitalize && shouldCapitalize(value));

  const type = (key: Key) => {
    if (key.kind === 'shift') return setShift((s) => !s);
    if (key.kind === 'accents') return setAccents((a) => !a);
    if (key.kind === 'done') return onDone();
    const current = target.getValue();
    const { start, end } = selection(target.element, current.length);
    let before = current.slice(0, start);
    const after = current.slice(end);
    if (key.kind === 'backspace') {
      if (start === end) before = before.slice(0, -1);
    } else {
      const text = key.kind === 'char' ? (upper ? key.value.toUpperCase() : key.value) : key.kind === 'newline' ? '\n' : ' ';
      before = (before + text).slice(0, Math.max(before.length, target.maxLength - after.length));
    }
    const next = before + after;
    target.setValue(next);
    setValue(next);
    placeCaret(target.element, before.length);
    // Like shift, the accent page is for one letter: most names have one accent at most.
    setShift(false);
    setAccents(false);
    if (target.closeWhenFull && key.kind !== 'backspace' && next.length >= target.maxLength) onDone();
  };

  const label = (key: Key): string => {
    switch (key.kind) {
      case 'char':
        return upper ? key.value.toUpperCase() : key.value;
      case 'space':
        return t('keyboard.space');
      case 'newline':
        return t('keyboard.newLine');
      case 'backspace':
        return t('keyboard.backspace');
      case 'shift':
        return t('keyboard.shift');
      case 'accents':
        return accents ? t('keyboard.letters') : t('keyboard.accents');
      case 'done':
        return t('keyboard.done');
    }
  };

  return (
    <div className="keyboard" ref={ref} role="group" aria-label={t('keyboard.label')} data-testid="keyboard">
      {keyRows(target.layout, accents).map((row, i) => (
        <div className={`keyboard__row keyboard__row--${target.layout}`} key={i}>
          {row.map((key, j) => (
            <button
              key={j}
              type="button"
              tabIndex={-1}
              className={`key key--${key.kind}${key.kind === 'char' && key.wide ? ' key--wide' : ''}${
                (key.kind === 'shift' && shift) || (key.kind === 'accents' && accents) ? ' key--on' : ''
              }`}
              aria-label={key.kind === 'backspace' ? t('keyboard.backspace') : undefined}
              data-key={key.kind === 'char' ? key.value : key.kind}
              // Cancel the pointerdown so the text field keeps its focus and caret.
              onPointerDown={(event) => event.preventDefault()}
              onClick={() => type(key)}
            >
              {key.kind === 'backspace' ? <Icon name="backspace" size={32} /> : label(key)}
            </button>
          ))}
        </div>
      ))}
    </div>
  );
}
