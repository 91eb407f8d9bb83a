import { diffWordsWithSpace } from 'diff';
import type { DiffPart } from './types';

/**
 * Word-level difference of two texts (spaces and line breaks kept, so the parts put together give
 * back either text exactly), with consecutive parts of the same kind joined.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  if (before === after) return before ? [{ op: 'equal', text: before }] : [];
  if (!before) return [{ op: 'insert', text: after }];
  if (!after) return [{ op: 'delete', text: before }];
  const out: DiffPart[] = [];
  for (const c of diffWordsWithSpace(before, after)) {
    const op: DiffPart['op'] = c.added ? 'insert' : c.removed ? 'delete' : 'equal';
    const last = out[out.length - 1];
    if (last && last.op === op) last.text += c.value;
    else out.push({ op, text: c.value });
  }
  return out;
}

/** The old (without insertions) or new (without deletions) text of a diff. */
export function sideText(parts: DiffPart[], side: 'old' | 'new'): string {
  const skip = side === 'old' ? 'insert' : 'delete';
  return parts
    .filter((p) => p.op !== skip)
    .map((p) => p.text)
    .join('');
}
