import type { Locator } from 'playwright-core';

/** A projector seen from the room (1280×720 at 125 %), a common laptop, a full-HD screen. */
export const SIZES = [
  { name: '1280x720-125', width: 1024, height: 576, scale: 1.25 },
  { name: '1366x768', width: 1366, height: 768, scale: 1 },
  { name: '1920x1080', width: 1920, height: 1080, scale: 1 },
] as const;

export interface Box {
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The boxes of the text inside an element, one per text run (line fragments of a text node), as
 * laid out on screen: what a reader sees, so two of them overlapping means text over text.
 */
export async function textBoxes(root: Locator): Promise<Box[]> {
  return root.evaluate((el) => {
    const boxes: { text: string; x: number; y: number; width: number; height: number }[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      if (!text) continue;
      const parent = node.parentElement;
      if (!parent || parent.closest('.sr-only, [hidden], option')) continue;
      const style = getComputedStyle(parent);
      if (style.visibility === 'hidden' || style.display === 'none') continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const r of range.getClientRects())
        if (r.width > 0 && r.height > 0) boxes.push({ text, x: r.x, y: r.y, width: r.width, height: r.height });
    }
    return boxes;
  });
}

/** Pairs of text boxes that overlap by more than a pixel either way. */
export function overlaps(boxes: Box[]): [string, string][] {
  const found: [string, string][] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!;
      const b = boxes[j]!;
      const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
      const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
      if (w > 1 && h > 1) found.push([a.text, b.text]);
    }
  return found;
}

/** The smallest computed font size (px) of the visible text inside the matched elements. */
export async function smallestFont(elements: Locator): Promise<number> {
  const sizes = await elements.evaluateAll((els) =>
    els
      .filter((e) => (e as HTMLElement).offsetParent !== null && e.textContent?.trim())
      .map((e) => parseFloat(getComputedStyle(e).fontSize)),
  );
  return sizes.length ? Math.min(...sizes) : Infinity;
}
