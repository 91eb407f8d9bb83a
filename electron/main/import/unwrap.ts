import type { SourceLine } from '../../../shared/domain/source';
import { joinHyphenated, joinWrapped, startsParagraph, vocabulary } from './line-joins';
import { percentile } from './common';

/**
 * Widest wrapping recognised, in characters. Text wrapped by a tool or copied out of a PDF viewer
 * has lines of 60 to 100 characters; a law saved a paragraph per line has most of its paragraphs
 * longer than that.
 */
const MAX_WRAP_WIDTH = 110;
/** Narrowest wrapping recognised: narrower lines are lists or headings, not wrapped prose. */
const MIN_WRAP_WIDTH = 40;
/** Share of lines that must reach the wrapping width for the text to be taken as wrapped. */
const MIN_FULL_SHARE = 0.3;

function indentOf(text: string): number {
  return /^\s*/.exec(text)![0].length;
}

/**
 * The width a plain text is wrapped at, or null when its lines are paragraphs. Text with hard line
 * breaks in its paragraphs (copied out of a PDF viewer, saved from a page of fixed width) has
 * almost no line longer than the width and many close to it; a paragraph per line gives lines of
 * every length, most of a law's paragraphs being longer than any wrapping width.
 */
export function wrapWidth(lines: readonly SourceLine[]): number | null {
  const lengths = lines.map((l) => l.text.trimEnd().length).filter((n) => n > 0);
  if (lengths.length < 10) return null;
  const width = percentile(lengths, 0.95);
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return null;
  const full = lengths.filter((n) => n >= 0.8 * width).length;
  return full >= MIN_FULL_SHARE * lengths.length ? width : null;
}

/**
 * A plain text's lines with the paragraphs its hard line breaks split joined again, as a PDF's
 * printed lines are (see joinParagraphs): a line goes on the line before when that one was full
 * (the line's first word would not have fitted in the room left before the wrapping width) and
 * nothing in its words starts a paragraph (a heading in capitals, a numbered provision or item
 * after a line that can close one); a word hyphenated at the break is made whole. A blank line
 * always ends a paragraph. Each paragraph keeps the indentation of its first line. Text that is
 * not wrapped (see {@link wrapWidth}) is returned as it is.
 */
export function unwrapLines(lines: SourceLine[]): { lines: SourceLine[]; width: number | null } {
  const width = wrapWidth(lines);
  if (width === null) return { lines, width };
  const vocab = vocabulary(lines);
  const out: SourceLine[] = [];
  let previous = '';
  for (const line of lines) {
    const text = line.text.trim();
    const current = out[out.length - 1];
    if (current && previous && text) {
      const whole = joinHyphenated(current.text, text, vocab);
      if (whole !== null) {
        current.text = whole;
        previous = line.text.trimEnd();
        continue;
      }
      // Proportional fonts make the count of characters on a full line vary: hence the allowance.
      const firstWord = /^\S+/.exec(text)![0];
      const full = width - previous.length < 1.3 * firstWord.length + 0.1 * width;
      // Wrapped lines go back to the paragraph's margin: a line set further in than the one before
      // starts a paragraph (an indented item, or quoted text, after a line of the sentence that
      // introduces it).
      const indented = indentOf(line.text) > indentOf(previous);
      if (full && !indented && !startsParagraph(previous.trim(), text)) {
        current.text = joinWrapped(current.text, text);
        previous = line.text.trimEnd();
        continue;
      }
    }
    out.push({ ...line });
    previous = line.text.trimEnd();
  }
  return { lines: out, width };
}

/** Note for a text whose paragraphs were joined from lines wrapped at `width` characters. */
export function wrappedNote(width: number): string {
  return `The text's paragraphs were broken into lines of about ${width} characters; the lines were joined back into paragraphs.`;
}
