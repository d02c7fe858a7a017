/**
 * Flowing blocks of text down pages: a block whose height is known before it is drawn, split
 * between lines when it must be, headings kept with what follows them (a heading never ends a
 * page), small entries kept whole.
 */
import { COLORS, type Align, type Box, type TextStyle, type Typesetter } from './layout';
import type { Line, Run } from './text';

export interface Block {
  readonly height: number;
  /** The smallest first part a split can leave behind (the whole height if it can't split). */
  readonly minHeight: number;
  readonly spaceBefore: number;
  /** A heading: never the last thing on a page. */
  readonly keepWithNext: boolean;
  /** Moves whole to the next page rather than split, unless it is taller than a page. */
  readonly keepTogether: boolean;
  draw(x: number, y: number): void;
  /** A first part at most `available` high and the rest, or null when it can't split there. */
  split(available: number): [Block, Block] | null;
}

export interface Paragraph {
  runs: Run<TextStyle>[];
  spaceBefore?: number;
  align?: Align;
}

/** Something drawn at the block's top right, beside its text (a QR code). */
export interface Aside {
  width: number;
  height: number;
  gap: number;
  draw(x: number, y: number): void;
}

export interface TextBlockOptions {
  /** For blank lines between paragraphs. */
  base: TextStyle;
  spaceBefore?: number;
  keepWithNext?: boolean;
  keepTogether?: boolean;
  aside?: Aside;
  /** A tinted box around the text, with an optional bar down its left edge. */
  box?: { padding: number; fill?: string; bar?: string };
  /** Fewest lines a split leaves at the bottom of a page or carries to the next (widows, orphans). */
  minLines?: number;
}

const BAR_WIDTH = 3;

interface SetLine {
  line: Line<TextStyle>;
  height: number;
  gapBefore: number;
  align: Align;
}

export class TextBlock implements Block {
  /** Breaks paragraphs into lines for a block `width` wide (less the box padding and aside). */
  static build(ts: Typesetter, paragraphs: readonly Paragraph[], width: number, options: TextBlockOptions): TextBlock {
    const padding = options.box?.padding ?? 0;
    const textWidth = width - 2 * padding - TextBlock.barInset(options) - (options.aside ? options.aside.width + options.aside.gap : 0);
    const lines: SetLine[] = [];
    for (const paragraph of paragraphs) {
      ts.wrap(paragraph.runs, textWidth).forEach((line, i) => {
        lines.push({
          line,
          height: ts.lineHeight(line, options.base),
          gapBefore: i === 0 && lines.length > 0 ? (paragraph.spaceBefore ?? 0) : 0,
          align: paragraph.align ?? 'left',
        });
      });
    }
    return new TextBlock(ts, lines, width, options);
  }

  private constructor(
    private readonly ts: Typesetter,
    private readonly lines: readonly SetLine[],
    private readonly width: number,
    private readonly options: TextBlockOptions,
  ) {}

  private get padding(): number {
    return this.options.box?.padding ?? 0;
  }

  /** Text starts this far right of the padding: clear of the bar, when there is one. */
  private static barInset(options: TextBlockOptions): number {
    return options.box?.bar ? BAR_WIDTH + 3 : 0;
  }

  private textHeight(lines: readonly SetLine[]): number {
    return lines.reduce((sum, l) => sum + l.gapBefore + l.height, 0);
  }

  get height(): number {
    return 2 * this.padding + Math.max(this.textHeight(this.lines), this.options.aside?.height ?? 0);
  }

  get minHeight(): number {
    const min = this.options.minLines ?? 2;
    // Fewer than 2 × min lines can't be split at all (see split): the whole block is its minimum.
    if (this.lines.length < 2 * min) return this.height;
    const first = this.lines.slice(0, min);
    return 2 * this.padding + Math.max(this.textHeight(first), this.options.aside?.height ?? 0);
  }

  get spaceBefore(): number {
    return this.options.spaceBefore ?? 0;
  }

  get keepWithNext(): boolean {
    return this.options.keepWithNext ?? false;
  }

  get keepTogether(): boolean {
    return this.options.keepTogether ?? false;
  }

  draw(x: number, y: number): void {
    const { ts, padding } = this;
    const box = this.options.box;
    if (box?.fill) ts.doc.save().rect(x, y, this.width, this.height).fill(box.fill).restore();
    if (box?.bar) ts.doc.save().rect(x, y, BAR_WIDTH, this.height).fill(box.bar).restore();
    const aside = this.options.aside;
    const inset = TextBlock.barInset(this.options);
    const textWidth = this.width - 2 * padding - inset - (aside ? aside.width + aside.gap : 0);
    let top = y + padding;
    for (const l of this.lines) {
      top += l.gapBefore;
      ts.drawLine(l.line, x + padding + inset, top, textWidth, l.height, l.align);
      top += l.height;
    }
    aside?.draw(x + this.width - padding - aside.width, y + padding);
  }

  split(available: number): [Block, Block] | null {
    const min = this.options.minLines ?? 2;
    const aside = this.options.aside?.height ?? 0;
    let cut = 0;
    let used = 2 * this.padding;
    for (const [i, l] of this.lines.entries()) {
      if (used + l.gapBefore + l.height > available) break;
      used += l.gapBefore + l.height;
      cut = i + 1;
    }
    // Never strand fewer than `min` lines on either side, nor cut the aside in half.
    cut = Math.min(cut, this.lines.length - min);
    if (cut < min || 2 * this.padding + aside > available) return null;
    const rest = this.lines.slice(cut).map((l, i) => (i === 0 ? { ...l, gapBefore: 0 } : l));
    const { aside: _aside, spaceBefore: _space, ...restOptions } = this.options;
    return [
      new TextBlock(this.ts, this.lines.slice(0, cut), this.width, { ...this.options, keepWithNext: false }),
      new TextBlock(this.ts, rest, this.width, restOptions),
    ];
  }
}

/** The height that must fit beside a heading: every following heading plus the next block's start. */
function heightKeptWith(queue: readonly Block[]): number {
  let height = 0;
  for (const block of queue) {
    height += block.spaceBefore;
    if (!block.keepWithNext) return height + (block.keepTogether ? block.height : block.minHeight);
    height += block.height;
  }
  return height;
}

/**
 * Draws blocks top-down in frames, asking `nextFrame` for a new one (usually a new page) when the
 * current one is full.
 */
export function flow(blocks: readonly Block[], nextFrame: () => Box): void {
  const queue = [...blocks];
  let frame = nextFrame();
  let y = frame.y;
  let fresh = true;
  const bottom = () => frame.y + frame.height;
  const newFrame = () => {
    frame = nextFrame();
    y = frame.y;
    fresh = true;
  };
  const place = (block: Block, space: number) => {
    block.draw(frame.x, y + space);
    y += space + block.height;
    fresh = false;
  };

  while (queue.length > 0) {
    const block = queue.shift() as Block;
    const space = fresh ? 0 : block.spaceBefore;
    const room = bottom() - y - space;
    const needed = block.keepWithNext ? block.height + heightKeptWith(queue) : block.height;
    if (needed <= room || (fresh && block.height <= room)) {
      place(block, space);
      continue;
    }
    const tooTallForAnyPage = block.height > frame.height;
    const mayFillThisPage = !block.keepWithNext && (!block.keepTogether || tooTallForAnyPage);
    const parts = mayFillThisPage ? block.split(room) : null;
    if (parts) {
      place(parts[0], space);
      queue.unshift(parts[1]);
      newFrame();
    } else if (!fresh) {
      queue.unshift(block);
      newFrame();
    } else {
      // Taller than a page and impossible to split: draw it and let the page cut it.
      place(block, space);
    }
  }
}

/** A light rule under a heading, as a block of its own. */
export function ruleBlock(ts: Typesetter, width: number, color: string = COLORS.accent): Block {
  return {
    height: 4,
    minHeight: 4,
    spaceBefore: 2,
    keepWithNext: true,
    keepTogether: true,
    draw: (x, y) => ts.rule(x, y + 1, x + width, color, 1.2),
    split: () => null,
  };
}

/** The height of blocks stacked in one frame (a block's space before is dropped at the top). */
export function stackHeight(blocks: readonly Block[]): number {
  return blocks.reduce((sum, block, i) => sum + (i > 0 ? block.spaceBefore : 0) + block.height, 0);
}

/**
 * Draws blocks top-down inside one frame and never past its bottom: what does not fit is left
 * out (the last block that partly fits is split). Returns whether everything fitted.
 */
export function stack(blocks: readonly Block[], frame: Box): boolean {
  let y = frame.y;
  const bottom = frame.y + frame.height;
  for (const [i, block] of blocks.entries()) {
    const space = i > 0 ? block.spaceBefore : 0;
    const next = blocks[i + 1];
    const keptWith = block.keepWithNext && next ? next.spaceBefore + next.minHeight : 0;
    if (y + space + block.height + keptWith <= bottom + 0.01) {
      block.draw(frame.x, y + space);
      y += space + block.height;
      continue;
    }
    // A heading whose text can't follow is left out with it.
    if (!block.keepWithNext) block.split(bottom - y - space)?.[0].draw(frame.x, y + space);
    return false;
  }
  return true;
}

/**
 * Blocks built at the largest scale between `minScale` and 1 (in steps of 2%) whose stack fits
 * `height`: one-page documents shrink a little rather than spill. If even `minScale` is too big,
 * its blocks are returned and `stack` leaves out the end.
 */
export function fitScale(build: (scale: number) => Block[], height: number, minScale: number): { blocks: Block[]; scale: number } {
  const full = build(1);
  const fullHeight = stackHeight(full);
  if (fullHeight <= height) return { blocks: full, scale: 1 };
  // Wrapped text takes about scale² of its height: start there, then step up or down.
  const step = 0.02;
  let scale = Math.max(minScale, Math.min(1 - step, Math.floor(Math.sqrt(height / fullHeight) / step) * step));
  let blocks = build(scale);
  if (stackHeight(blocks) <= height) {
    for (let up = scale + step; up < 1 - 1e-9; up += step) {
      const bigger = build(up);
      if (stackHeight(bigger) > height) break;
      [blocks, scale] = [bigger, up];
    }
    return { blocks, scale };
  }
  while (scale > minScale + 1e-9 && stackHeight(blocks) > height) {
    scale = Math.max(minScale, scale - step);
    blocks = build(scale);
  }
  return { blocks, scale };
}

/** Side-by-side columns of stacked blocks, as one block (kept whole: it is short by design). */
export function columnsBlock(columns: readonly (readonly Block[])[], width: number, gap: number, spaceBefore = 0): Block {
  const columnWidth = (width - (columns.length - 1) * gap) / columns.length;
  const height = Math.max(0, ...columns.map(stackHeight));
  return {
    height,
    minHeight: height,
    spaceBefore,
    keepWithNext: false,
    keepTogether: true,
    draw: (x, y) =>
      columns.forEach((column, i) => stack(column, { x: x + i * (columnWidth + gap), y, width: columnWidth, height })),
    split: () => null,
  };
}

/**
 * The first variant (richest first) that fits `height` at its own smallest scale or above, else
 * the last variant at its smallest scale (which `stack` then cuts short).
 */
export function fitFirst(variants: readonly { build: (scale: number) => Block[]; minScale: number }[], height: number): Block[] {
  let blocks: Block[] = [];
  for (const variant of variants) {
    blocks = fitScale(variant.build, height, variant.minScale).blocks;
    if (stackHeight(blocks) <= height) return blocks;
  }
  return blocks;
}
