/**
 * Line breaking, pure: text in runs of styles is cut into lines no wider than a box. We break
 * lines ourselves rather than let pdfkit flow text, so that every document knows each block's
 * height before drawing it (to keep headings with what follows, to shrink a handout until it fits
 * its half page) and pdfkit never adds a page behind our back.
 */

export interface Run<S> {
  text: string;
  style: S;
}

/** A piece of a line: words of one style, starting `x` points from the line's left edge. */
export interface PlacedRun<S> extends Run<S> {
  x: number;
}

export interface Line<S> {
  runs: PlacedRun<S>[];
  width: number;
}

export type Measure<S> = (text: string, style: S) => number;

type Token<S> = { text: string; style: S } | 'break';

function tokenize<S>(runs: readonly Run<S>[]): Token<S>[] {
  const tokens: Token<S>[] = [];
  for (const run of runs) {
    run.text.split('\n').forEach((paragraph, i) => {
      if (i > 0) tokens.push('break');
      for (const word of paragraph.split(/[ \t\r]+/)) {
        if (word) tokens.push({ text: word, style: run.style });
      }
    });
  }
  return tokens;
}

/** Where a long word may break: after a slash, dot, dash or the like (URLs, hyphenated names). */
const SOFT_BREAK = /[/.\-_?&=]/;

/**
 * Cuts a word wider than the line into pieces that fit: after its last soft break point that
 * fits when there is one ("example.org/" + "long/path"), else between any two characters.
 */
function breakWord<S>(word: string, style: S, width: number, measure: Measure<S>): string[] {
  const chars = Array.from(word);
  const pieces: string[] = [];
  let piece: string[] = [];
  for (let i = 0; i < chars.length; ) {
    const char = chars[i] as string;
    if (piece.length === 0 || measure(piece.join('') + char, style) <= width) {
      piece.push(char);
      i++;
      continue;
    }
    // The character doesn't fit: end the piece at its last soft break (if not too early), or here.
    const soft = piece.findLastIndex((c, at) => at > 0 && at < piece.length - 1 && SOFT_BREAK.test(c));
    const cut = soft > piece.length / 3 ? soft + 1 : piece.length;
    pieces.push(piece.slice(0, cut).join(''));
    piece = piece.slice(cut);
  }
  if (piece.length > 0) pieces.push(piece.join(''));
  return pieces;
}

/** Joins neighbouring words of the same style into one run, so the PDF holds whole phrases. */
function merge<S>(words: PlacedRun<S>[]): PlacedRun<S>[] {
  const runs: PlacedRun<S>[] = [];
  for (const word of words) {
    const last = runs[runs.length - 1];
    if (last && last.style === word.style) last.text += ` ${word.text}`;
    else runs.push({ ...word });
  }
  return runs;
}

/**
 * Breaks `runs` into lines at most `width` wide. A newline starts a new line; a blank line (two
 * newlines) comes out as an empty line. Styles are compared by identity.
 */
export function wrapRuns<S>(runs: readonly Run<S>[], width: number, measure: Measure<S>): Line<S>[] {
  const lines: Line<S>[] = [];
  let words: PlacedRun<S>[] = [];
  let x = 0;
  const flush = () => {
    lines.push({ runs: merge(words), width: x });
    words = [];
    x = 0;
  };
  for (const token of tokenize(runs)) {
    if (token === 'break') {
      flush();
      continue;
    }
    const space = words.length > 0 ? measure(' ', token.style) : 0;
    const wordWidth = measure(token.text, token.style);
    if (x + space + wordWidth <= width) {
      words.push({ ...token, x: x + space });
      x += space + wordWidth;
      continue;
    }
    if (words.length > 0) flush();
    const pieces = wordWidth <= width ? [token.text] : breakWord(token.text, token.style, width, measure);
    pieces.forEach((piece, i) => {
      if (i > 0) flush();
      words.push({ text: piece, style: token.style, x: 0 });
      x = measure(piece, token.style);
    });
  }
  if (words.length > 0) flush();
  return lines;
}

/** Fills `{name}` slots; unknown slots stay as they are. */
export function fillSlots(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A file-name-safe slug of a title: lowercase ASCII letters, digits and dashes. */
export function slugify(text: string, max = 40): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug.slice(0, max).replace(/-+$/, '');
}
