import { findFolded } from '../../../../shared/text/fold';

export { fold } from '../../../../shared/text/fold';

/**
 * Split text around the matches of a query (diacritics and case folded), for highlighting.
 * The folded form keeps a map back to the printed text, so "oeuvre" highlights "œuvre".
 */
export function splitMatches(text: string, query: string): { text: string; hit: boolean }[] {
  const parts: { text: string; hit: boolean }[] = [];
  let from = 0;
  for (const { start, end } of findFolded(text, query)) {
    if (start > from) parts.push({ text: text.slice(from, start), hit: false });
    parts.push({ text: text.slice(start, end), hit: true });
    from = end;
  }
  if (from < text.length || !parts.length) parts.push({ text: text.slice(from), hit: false });
  return parts;
}
