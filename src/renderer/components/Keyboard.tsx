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
  element: HTMLInputElement;
  layout: KeyboardLayout;
  capitalize: boolean;
  maxLength: number;
  getValue(): string;
  setValue(value: string): void;
}

interface KeyboardControl {
  open(target: KeyboardTarget): void;
  close(element?: HTMLInputElement): void;
}

const KeyboardContext = createContext<KeyboardControl | null>(null);

export function useKeyboard(): KeyboardControl {
  const control = useContext(KeyboardContext);
  if (!control) throw new Error('useKeyboard outside KeyboardProvider');
  return control;
}

const TOP_MARGIN = 140; // below the sticky top bar
const GAP = 24;

function keepAboveKeyboard(element: HTMLElement, keyboard: HTMLElement | null): void {
  const limit = window.innerHeight - (keyboard?.offsetHeight ?? 0) - GAP;
  const rect = element.getBoundingClientRect();
  if (rect.bottom > limit) window.scrollBy({ top: rect.bottom - limit, behavior: 'instant' });
  else if (rect.top < TOP_MARGIN) window.scrollBy({ top: rect.top - TOP_MARGIN, behavior: 'instant' });
}

export function KeyboardProvider({ children }: { children: ReactNode }) {
  const [target, setTarget] = useState<KeyboardTarget | null>(null);
  const keyboardRef = useRef<HTMLDivElement>(null);
  const open = useCallback((next: KeyboardTarget) => setTarget(next), []);
  // Deferred: when focus moves from one field to the next, the new field registers first and
  // the keyboard stays put instead of closing and reopening.
  const close = useCallback((element?: HTMLInputElement) => {
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
  const upper = target.capitalize && (shift || shouldCapitalize(value));

  const type = (key: Key) => {
    const current = target.getValue();
    let next = current;
    if (key.kind === 'char') next = (current + (upper ? key.value.toUpperCase() : key.value)).slice(0, target.maxLength);
    else if (key.kind === 'space') next = (current + ' ').slice(0, target.maxLength);
    else if (key.kind === 'backspace') next = current.slice(0, -1);
    else if (key.kind === 'shift') return setShift((s) => !s);
    else if (key.kind === 'accents') return setAccents((a) => !a);
    else if (key.kind === 'done') return onDone();
    target.setValue(next);
    setValue(next);
    // Like shift, the accent page is for one letter: most names have one accent at most.
    setShift(false);
    setAccents(false);
  };

  const label = (key: Key): string => {
    switch (key.kind) {
      case 'char':
        return upper ? key.value.toUpperCase() : key.value;
      case 'space':
        return t('keyboard.space');
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
