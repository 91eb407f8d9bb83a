import { describe, expect, it } from 'vitest';
import { splitMarginNotes } from '../../../electron/main/import/pdf-margin-notes';
import type { PositionedText } from '../../../electron/main/import/pdf-layout';

/** A line of body text at 10 pt, 6 pt a character, from x. */
const body = (text: string, y: number, x = 150): PositionedText => ({
  text,
  x,
  y,
  width: 6 * text.length,
  fontSize: 10,
});
/** A line of margin text at 8 pt. */
const note = (text: string, y: number, x: number): PositionedText => ({
  text,
  x,
  y,
  width: 4.8 * text.length,
  fontSize: 8,
});
const FULL = 'x'.repeat(40).replace(/x/g, 'word ').slice(0, 50);

describe('marginal notes among the text items of a page', () => {
  it('takes notes out of the left and right margins, joining a note wrapped over lines', () => {
    const items = [
      note('Interpretation', 700, 40),
      body(`1. ${FULL.slice(3)}`, 700),
      body(FULL, 688),
      body('end of section one.', 676),
      note('Offence of', 650, 470),
      note('trafficking', 640, 470),
      body(`2. ${FULL.slice(3)}`, 650),
      body(FULL, 638),
      body('end of section two.', 626),
    ];
    const { body: rest, notes } = splitMarginNotes(items);
    expect(notes.map((n) => [n.text, n.y])).toEqual([
      ['Interpretation', 700],
      ['Offence of trafficking', 650],
    ]);
    expect(rest).toHaveLength(6);
  });

  it('keeps hanging numbers and labels, and a second column of running text, as body text', () => {
    const hanging = [
      body('12A.', 700, 120),
      body('Sec. 13', 640, 90),
      body(`A person ${FULL}`, 700),
      body(FULL, 688),
      body('(a)', 676, 126),
      body(FULL, 676),
      body(FULL, 664),
    ];
    expect(splitMarginNotes(hanging).notes).toEqual([]);
    const columns = [70, 320].flatMap((x) =>
      [700, 688, 676, 664, 652].map((y) => body('running text of a column set in two', y, x)),
    );
    expect(splitMarginNotes(columns).notes).toEqual([]);
  });

  it('leaves a short word alone outside the usual margin (the end of a paragraph) in the text', () => {
    const indented = [
      body(FULL, 700, 72),
      body('Act.', 688, 72),
      ...[664, 652, 640, 628, 616].map((y) => body(`(a) ${FULL.slice(0, 40)}`, y, 108)),
    ];
    expect(splitMarginNotes(indented).notes).toEqual([]);
  });

  it('gives up on a margin holding more than a note would', () => {
    const items = [
      ...[700, 690, 680, 670, 660, 650, 640, 630, 620, 610, 600].map((y) => note('a long run of words', y, 40)),
      ...[700, 688, 676, 664, 652, 640].map((y) => body(FULL, y)),
    ];
    expect(splitMarginNotes(items).notes).toEqual([]);
  });
});
