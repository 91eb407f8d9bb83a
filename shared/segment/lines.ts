import type { SourceDocument } from '../domain/source';

/** One line of the law as the segmenter reads it. */
export interface Line {
  /** Text without leading or trailing white space. */
  text: string;
  /** Leading white space, tabs counted as four columns. */
  indent: number;
  /** Index of the source line it came from (several logical lines may share one). */
  src: number;
  page: number | null;
  /** True when the line opens with a quotation mark (quoted text of an amendment). */
  quoted: boolean;
  /** Text with an opening quotation mark removed: what designations are matched against. */
  body: string;
}

const OPENING_QUOTE = /^["“«‘'„]\s*/;

/**
 * Designations glued to the end of the previous paragraph by markup conversion, e.g.
 * "...Boletín Oficial)*ARTICULO 2º.- Si la ley..." or "...)*TITULO X EXTINCION...". A
 * designation word directly after a closing parenthesis, bracket or emphasis star starts a
 * new line; in running text such words follow a space, so ordinary references stay put.
 */
const GLUED_DESIGNATION =
  /(?<=[)\]*])(?=(?:ARTICULO|ARTÍCULO|Artículo|ARTICLE|Article|TITULO|TÍTULO|Título|CAPITULO|CAPÍTULO|Capítulo|LIBRO|Libro|SECCION|SECCIÓN|Sección|PART|CHAPTER|TITRE|CHAPITRE|LIVRE)\s*(?:\d|[IVXLC]+\b))/g;

function measureIndent(raw: string): number {
  let n = 0;
  for (const ch of raw) {
    if (ch === ' ' || ch === '\u00a0') n += 1;
    else if (ch === '\t') n += 4;
    else break;
  }
  return n;
}

function makeLine(raw: string, indent: number, src: number, page: number | null): Line {
  const text = raw.trim();
  const q = OPENING_QUOTE.exec(text);
  // A line that is only a quoted term ("“child” means") is not quoted text of an amendment.
  const quoted = q !== null && !/^["“«‘']\s*[^"”»’']{1,80}["”»’']\s/.test(text);
  return { text, indent, src, page, quoted, body: quoted ? text.slice(q[0].length) : text };
}

/**
 * The document's lines as logical lines: trimmed, indentation measured, designations glued
 * to a previous paragraph split off onto their own line. Blank lines are kept (as empty
 * text) because a blank line separates a heading from the provision it does not belong to.
 */
export function toLines(doc: SourceDocument): Line[] {
  const out: Line[] = [];
  doc.lines.forEach((sl, src) => {
    const raw = sl.text.replace(/\u00ad/g, '');
    const indent = measureIndent(raw);
    const trimmed = raw.trim();
    // The cheap test first: a closing mark directly followed by a capital.
    if (/[)\]*][A-ZÁÉÍÓÚ]/.test(trimmed) && GLUED_DESIGNATION.test(trimmed)) {
      GLUED_DESIGNATION.lastIndex = 0;
      const pieces = trimmed.split(GLUED_DESIGNATION);
      pieces.forEach((p, i) => out.push(makeLine(p, i === 0 ? indent : 0, src, sl.page)));
      return;
    }
    out.push(makeLine(raw, indent, src, sl.page));
  });
  return out;
}
