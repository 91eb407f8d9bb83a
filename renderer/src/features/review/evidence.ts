import type { MappingView } from '../../../../shared/api/review-schemas';

/**
 * The text cut into plain and highlighted parts from evidence spans ([start, end) offsets into
 * the text). Spans may repeat or overlap (one word can serve two elements): they are merged,
 * and spans outside the text are ignored rather than trusted.
 */
export function evidenceParts(text: string, evidence: MappingView['evidence']): { text: string; hit: boolean }[] {
  const spans = evidence
    .map((e) => [Math.max(0, e.start), Math.min(text.length, e.end)] as const)
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of spans) {
    const last = merged[merged.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const parts: { text: string; hit: boolean }[] = [];
  let at = 0;
  for (const [s, e] of merged) {
    if (s > at) parts.push({ text: text.slice(at, s), hit: false });
    parts.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < text.length) parts.push({ text: text.slice(at), hit: false });
  return parts;
}
