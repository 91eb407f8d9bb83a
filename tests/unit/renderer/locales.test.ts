import { describe, expect, it } from 'vitest';
import en from '../../../renderer/src/i18n/locales/en.json';
import fr from '../../../renderer/src/i18n/locales/fr.json';
import es from '../../../renderer/src/i18n/locales/es.json';

type Messages = { [key: string]: string | Messages };

function keys(m: Messages, prefix = ''): string[] {
  return Object.entries(m).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}
function get(m: Messages, key: string): string | undefined {
  let cur: string | Messages | undefined = m;
  for (const part of key.split('.')) cur = typeof cur === 'object' ? cur[part] : undefined;
  return typeof cur === 'string' ? cur : undefined;
}
/** Plural forms differ between languages: compare keys without their plural suffix. */
const base = (k: string) => k.replace(/_(zero|one|two|few|many|other)$/, '');

describe('the interface translations', () => {
  for (const [lang, messages] of [
    ['fr', fr],
    ['es', es],
  ] as const) {
    it(`${lang} has every English string`, () => {
      const have = new Set(keys(messages as Messages).map(base));
      expect(
        keys(en as Messages)
          .map(base)
          .filter((k) => !have.has(k)),
      ).toEqual([]);
    });

    it(`${lang} says Undo and Cancel with different words`, () => {
      const m = messages as Messages;
      const cancel = get(m, 'newAssessment.cancel')!.toLowerCase();
      for (const undo of ['law.undo', 'review.reset', 'shortcuts.reset'])
        expect(get(m, undo)!.toLowerCase(), undo).not.toContain(cancel);
    });
  }
});
