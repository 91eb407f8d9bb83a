import type { Page } from 'playwright-core';

/**
 * Common English words that are not French words: one of them on the screen of the French
 * interface is English left over, whether written in a component or coming from data (an
 * instrument's name, a chapter heading, a Model Law title, an analysis reason or finding).
 * Words French shares with English ("article", "convention", "obligation", "on", "or", "but",
 * "main", "final", "score", "candidate", "date", "version", "note", "type") are left out, so every hit
 * is a real one.
 */
// prettier-ignore
export const ENGLISH_STOP_WORDS = [
  'the', 'of', 'and', 'shall', 'with', 'not', 'found', 'provision', 'provisions', 'section', 'sections', 'to',
  'for', 'is', 'are', 'be', 'been', 'by', 'this', 'that', 'which', 'from', 'has', 'have', 'was', 'will',
  'should', 'must', 'may', 'no', 'any', 'each', 'every', 'all', 'only', 'if', 'it', 'its', 'there',
  'their', 'they', 'you', 'your', 'out', 'new', 'open', 'save', 'search', 'filter', 'filters', 'clear',
  'close', 'cancel', 'undo', 'show', 'hide', 'yet', 'none', 'status', 'details', 'high', 'low',
  'medium', 'gap', 'gaps', 'compliant', 'partial', 'mandatory', 'optional', 'chapter', 'title', 'law', 'laws',
  'act', 'acts', 'treaty', 'model', 'step', 'next', 'previous', 'back', 'loading', 'error', 'warning', 'help',
  'shortcut', 'shortcuts', 'keyboard', 'workshop', 'view', 'settings',   'match', 'matches', 'weak', 'requirement', 'requirements', 'review', 'reviewed', 'assessment', 'analysis',
  'report', 'protocol', 'trafficking', 'smuggling', 'persons', 'offence', 'offences', 'victims', 'children',
  'women', 'use', 'terms', 'purpose', 'scope', 'attempt', 'liability', 'text', 'texts', 'general',   'clauses', 'definitions', 'jurisdiction', 'commencement', 'principles', 'aggravating', 'circumstances',
] as const;

export interface EnglishHit {
  /** The words of the stop-list found. */
  words: string[];
  text: string;
  /** Where: the element's test id, role or tag, to find it. */
  where: string;
}

/**
 * Every visible text of the page (text nodes, and the placeholder, aria-label and title of
 * elements) that holds a word of the stop-list, leaving out text marked as in another language
 * than the page's (quoted national law carries its own lang attribute) and names marked not to be
 * translated (a file name, a path: translate="no").
 */
export async function englishOnScreen(page: Page): Promise<EnglishHit[]> {
  return page.evaluate(
    (stopList) => {
      const stop = new Set<string>(stopList);
      const pageLang = document.documentElement.lang.slice(0, 2);
      const foreign = (el: Element) => {
        if (el.closest('[translate="no"]')) return true;
        const marked = el.closest('[lang]');
        return (
          marked !== null &&
          marked !== document.documentElement &&
          marked.getAttribute('lang')!.slice(0, 2) !== pageLang
        );
      };
      const visible = (el: HTMLElement) => {
        if (el.closest('.sr-only')) return true; // read aloud: checked too
        if (!el.offsetParent && getComputedStyle(el).position !== 'fixed') return false;
        const s = getComputedStyle(el);
        return s.visibility !== 'hidden' && s.display !== 'none';
      };
      const where = (el: Element) => {
        const tagged = el.closest('[data-testid]');
        return tagged
          ? `[data-testid=${tagged.getAttribute('data-testid')}] ${el.tagName.toLowerCase()}`
          : el.tagName.toLowerCase();
      };
      const hits: { words: string[]; text: string; where: string }[] = [];
      const check = (text: string, el: Element) => {
        const words = [...new Set(text.toLowerCase().match(/\p{L}+(?:['’]\p{L}+)*/gu) ?? [])].filter((w) =>
          stop.has(w),
        );
        if (words.length) hits.push({ words, text: text.replace(/\s+/g, ' ').trim().slice(0, 160), where: where(el) });
      };
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const el = node.parentElement;
        const text = node.textContent ?? '';
        if (!el || !text.trim() || el.closest('script, style, option') || foreign(el) || !visible(el)) continue;
        check(text, el);
      }
      for (const el of document.querySelectorAll('[placeholder], [aria-label], [title]')) {
        if (foreign(el) || !visible(el as HTMLElement)) continue;
        for (const attr of ['placeholder', 'aria-label', 'title']) {
          const v = el.getAttribute(attr);
          if (v) check(v, el);
        }
      }
      return hits;
    },
    [...ENGLISH_STOP_WORDS],
  );
}
