/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Text that a person cannot read whole: cut off by a box that hides its overflow, pushed out of
 * the window sideways, or lying on top of other text. Measured in the page from the rectangles of
 * the text itself (Range.getClientRects), not of the boxes around it, so a long word that spills
 * out of a button is found as surely as one hidden behind the next card. Layers are compared
 * within themselves: the sticky top bar, the keyboard and a dialog cover the page on purpose.
 */
import { expect, type Page } from '@playwright/test';

export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const describe = (el: Element) => {
      const id = el.closest('[data-testid]')?.getAttribute('data-testid');
      return `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}${id ? ` in ${id}` : ''}`;
    };
    const hiddenOnPurpose = (el: Element): boolean => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const style = getComputedStyle(node);
        if (style.display === 'none' || style.visibility === 'hidden' || Number(style.opacity) === 0) return true;
        // Text for screen readers only (.visually-hidden): clipped to nothing on purpose.
        if (style.clipPath === 'inset(50%)' || style.clip === 'rect(0px, 0px, 0px, 0px)') return true;
      }
      return false;
    };
    /** The fixed or sticky box a node is painted in; null for the page itself. */
    const layerOf = (el: Element): Element | null => {
      for (let node: Element | null = el; node; node = node.parentElement) {
        const position = getComputedStyle(node).position;
        if (position === 'fixed' || position === 'sticky') return node;
      }
      return null;
    };
    const texts: { el: Element; rect: DOMRect; layer: Element | null; snippet: string }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      const snippet = (node.textContent ?? '').trim().slice(0, 40);
      if (!el || !snippet || hiddenOnPurpose(el)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects()) {
        if (rect.width < 1 || rect.height < 1) continue;
        texts.push({ el, rect, layer: layerOf(el), snippet });
        if (rect.left < -1 || rect.right > window.innerWidth + 1) problems.push(`"${snippet}" (${describe(el)}) goes out of the window sideways`);
        for (let box: Element | null = el; box && box !== document.body; box = box.parentElement) {
          const style = getComputedStyle(box);
          const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip';
          const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
          if (!clipsX && !clipsY) continue;
          const edge = box.getBoundingClientRect();
          const outX = clipsX && (rect.left < edge.left - 1 || rect.right > edge.right + 1);
          const outY = clipsY && (rect.top < edge.top - 1 || rect.bottom > edge.bottom + 1);
          if (outX || outY) problems.push(`"${snippet}" (${describe(el)}) is cut off by ${describe(box)}`);
        }
      }
    }
    // Overlaps: two pieces of text from different elements, neither inside the other, sharing
    // more than a sliver (line boxes of tall accents may touch: 3 px are allowed).
    const SLIVER = 3;
    for (let i = 0; i < texts.length; i++) {
      const a = texts[i];
      if (!a) continue;
      for (let j = i + 1; j < texts.length; j++) {
        const b = texts[j];
        if (!b || a.layer !== b.layer || a.el === b.el || a.el.contains(b.el) || b.el.contains(a.el)) continue;
        const width = Math.min(a.rect.right, b.rect.right) - Math.max(a.rect.left, b.rect.left);
        const height = Math.min(a.rect.bottom, b.rect.bottom) - Math.max(a.rect.top, b.rect.top);
        if (width > SLIVER && height > SLIVER) problems.push(`"${a.snippet}" (${describe(a.el)}) overlaps "${b.snippet}" (${describe(b.el)})`);
      }
    }
    // A screen caught before it rendered (a lazy chunk still loading) has nothing to check.
    if (texts.length === 0) problems.push('no text on the page at all');
    return [...new Set(problems)];
  });
}

export async function expectTidyLayout(page: Page, name: string): Promise<void> {
  // Text set in a web font is measured once the font is in.
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  expect(await layoutProblems(page), `clipped or overlapping text on ${name}`).toEqual([]);
}
