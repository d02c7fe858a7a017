/**
 * Key layouts for the on-screen keyboard: names, emails and numbers (phone, ZIP) at the kiosk;
 * sentences and web addresses in the organizer console.
 */
export type KeyboardLayout = 'text' | 'email' | 'numeric' | 'phone' | 'prose' | 'paragraphs' | 'url';

export type Key =
  | { kind: 'char'; value: string; wide?: boolean }
  | { kind: 'shift' | 'accents' | 'backspace' | 'space' | 'newline' | 'done' };

const chars = (row: string): Key[] => [...row].map((value) => ({ kind: 'char', value }));

const LETTERS = ['qwertyuiop', 'asdfghjklñ', 'zxcvbnm'];
const ACCENTS = ['áéíóúü', 'àèìòùç', 'âêîôûã'];

export function keyRows(layout: KeyboardLayout, accents: boolean): Key[][] {
  if (layout === 'numeric') {
    return [chars('123'), chars('456'), chars('789'), [{ kind: 'backspace' }, { kind: 'char', value: '0' }, { kind: 'done' }]];
  }
  if (layout === 'phone') {
    // "+" for a number from another country (+52 55 1234 5678).
    return [chars('123'), chars('456'), chars('789'), [{ kind: 'char', value: '+' }, { kind: 'char', value: '0' }, { kind: 'backspace' }], [{ kind: 'done' }]];
  }
  const letters = (accents ? ACCENTS : LETTERS).map(chars);
  if (layout === 'prose' || layout === 'paragraphs') {
    return [
      chars('1234567890'),
      ...letters,
      chars('.,:;?¿!¡"()/&@'),
      [
        { kind: 'shift' },
        { kind: 'accents' },
        { kind: 'char', value: "'" },
        { kind: 'char', value: '-' },
        { kind: 'space' },
        ...(layout === 'paragraphs' ? [{ kind: 'newline' } as const] : []),
        { kind: 'backspace' },
        { kind: 'done' },
      ],
    ];
  }
  if (layout === 'url') {
    return [
      chars('1234567890'),
      ...letters,
      [
        { kind: 'char', value: 'https://', wide: true },
        ...chars(':/.-_?=&#'),
        { kind: 'char', value: '.org', wide: true },
        { kind: 'backspace' },
        { kind: 'done' },
      ],
    ];
  }
  if (layout === 'email') {
    return [
      chars('1234567890'),
      ...letters,
      [
        { kind: 'accents' },
        { kind: 'char', value: '@' },
        { kind: 'char', value: '.' },
        { kind: 'char', value: '_' },
        { kind: 'char', value: '-' },
        { kind: 'char', value: '.com', wide: true },
        { kind: 'backspace' },
        { kind: 'done' },
      ],
    ];
  }
  return [
    ...letters,
    [
      { kind: 'shift' },
      { kind: 'accents' },
      { kind: 'char', value: "'" },
      { kind: 'char', value: '-' },
      { kind: 'space' },
      { kind: 'backspace' },
      { kind: 'done' },
    ],
  ];
}

/** Names start with a capital, and so does each word after a space or hyphen. */
export function shouldCapitalize(value: string): boolean {
  return value.length === 0 || /[\s-]$/.test(value);
}
