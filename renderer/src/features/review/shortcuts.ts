import type { RequirementStatus } from '../../../../shared/api/review-schemas';
import { STATUSES } from './filters';

/** What a key press asks of the review view. */
export type Shortcut =
  | { kind: 'next-requirement' }
  | { kind: 'previous-requirement' }
  | { kind: 'next-candidate' }
  | { kind: 'previous-candidate' }
  | { kind: 'accept' }
  | { kind: 'reject' }
  | { kind: 'reset' }
  | { kind: 'status'; status: RequirementStatus }
  | { kind: 'search-provisions' }
  | { kind: 'filter-requirements' }
  | { kind: 'write-finding' }
  | { kind: 'toggle-legend' };

/** The keys as the legend groups them (labels are translation keys under "shortcuts"). */
export const LEGEND: { group: string; items: { keys: string[]; label: string }[] }[] = [
  {
    group: 'requirement',
    items: [
      { keys: ['j', '↓'], label: 'next' },
      { keys: ['k', '↑'], label: 'previous' },
      { keys: ['f'], label: 'filter' },
      { keys: ['1–5'], label: 'status' },
      { keys: ['e'], label: 'finding' },
    ],
  },
  {
    group: 'candidate',
    items: [
      { keys: [']', 'Tab'], label: 'next' },
      { keys: ['['], label: 'previous' },
      { keys: ['a'], label: 'accept' },
      { keys: ['r'], label: 'reject' },
      { keys: ['u'], label: 'reset' },
      { keys: ['/'], label: 'search' },
    ],
  },
  {
    group: 'other',
    items: [
      { keys: ['Esc'], label: 'leaveField' },
      { keys: ['?'], label: 'legend' },
    ],
  },
];

/** True while the user types: every shortcut is off in text fields and lists of choices. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
  return false;
}

/** The shortcut a key press stands for, or null (typing, a modifier held, or an unbound key). */
export function shortcutFor(
  e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'target'>,
): Shortcut | null {
  if (e.ctrlKey || e.metaKey || e.altKey || isTypingTarget(e.target)) return null;
  switch (e.key) {
    case 'j':
    case 'ArrowDown':
      return { kind: 'next-requirement' };
    case 'k':
    case 'ArrowUp':
      return { kind: 'previous-requirement' };
    case ']':
      return { kind: 'next-candidate' };
    case '[':
      return { kind: 'previous-candidate' };
    case 'a':
      return { kind: 'accept' };
    case 'r':
      return { kind: 'reject' };
    case 'u':
      return { kind: 'reset' };
    case '/':
      return { kind: 'search-provisions' };
    case 'f':
      return { kind: 'filter-requirements' };
    case 'e':
      return { kind: 'write-finding' };
    case '?':
      return { kind: 'toggle-legend' };
  }
  const n = Number(e.key);
  if (Number.isInteger(n) && n >= 1 && n <= STATUSES.length) return { kind: 'status', status: STATUSES[n - 1]! };
  return null;
}
