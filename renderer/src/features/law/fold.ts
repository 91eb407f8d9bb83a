/** Lower case without diacritics, for matching "vulnerabilite" with "vulnérabilité". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

/**
 * Split text around the matches of a query (diacritics and case folded). Folding keeps one
 * character per base character for the Latin scripts laws are written in, so offsets carry over.
 */
export function splitMatches(text: string, query: string): { text: string; hit: boolean }[] {
  const q = fold(query.trim());
  if (!q) return [{ text, hit: false }];
  const folded = fold(text);
  if (folded.length !== text.length) return [{ text, hit: false }];
  const parts: { text: string; hit: boolean }[] = [];
  let from = 0;
  for (let i = folded.indexOf(q); i >= 0; i = folded.indexOf(q, i + q.length)) {
    if (i > from) parts.push({ text: text.slice(from, i), hit: false });
    parts.push({ text: text.slice(i, i + q.length), hit: true });
    from = i + q.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), hit: false });
  return parts;
}
