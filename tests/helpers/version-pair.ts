/**
 * Two versions of a fixture law with known edits, for the comparison tests. The old version is
 * Kenya's Counter-Trafficking in Persons Act without "abuse of a position of vulnerability" among
 * the means of s. 3(1); the new one is the Act as enacted, then amended as a committee would:
 * - a section "Duty to report" inserted after s. 4, every later section renumbered (and the
 *   references to them updated, so they still point to the same units);
 * - s. 7 (facilitating entry or exit) deleted;
 * - s. 11 (confidentiality) split: subsections (3) to (5) become s. 11A;
 * - s. 13: the court "may" order restitution becomes "shall";
 * - s. 5: the minimum term for promoting trafficking raised from twenty to thirty years.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const KENYA = fileURLToPath(
  new URL('../fixtures/laws/kenya-counter-trafficking-in-persons-act-2010.txt', import.meta.url),
);

export const VULNERABILITY_LINE = '(e) abuse of power or of position of vulnerability;';

export function kenyaText(): string {
  return readFileSync(KENYA, 'utf8');
}

/** Draft 1: the means without abuse of a position of vulnerability. */
export function oldVersionText(): string {
  const text = kenyaText();
  if (!text.includes(VULNERABILITY_LINE)) throw new Error('fixture changed: means (e) not found');
  return text.replace(VULNERABILITY_LINE, '(e) abuse of power;');
}

function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const out = text.replace(from, to);
  if (out === text) throw new Error(`fixture changed: ${String(from)} not found`);
  return out;
}

/** Draft 2: the Act as enacted, with the edits listed above. */
export function newVersionText(): string {
  let text = kenyaText();
  text = replaceOnce(
    text,
    'for a term of not less than twenty years or to a fine of not less than twenty million shillings',
    'for a term of not less than thirty years or to a fine of not less than twenty million shillings',
  );
  text = replaceOnce(
    text,
    /Where a person is convicted of an offence under this Act, the court may, in addition/,
    'Where a person is convicted of an offence under this Act, the court shall, in addition',
  );
  // Split s. 11 before its subsection (3).
  text = replaceOnce(
    text,
    /\n\(3\) A person who discloses the name and personal circumstances/,
    '\n\n11A. Offences of disclosure\n(3) A person who discloses the name and personal circumstances',
  );
  // Delete s. 7 (its heading line and text, up to the next section).
  text = replaceOnce(text, /\n7\. Facilitating entry into or exit out of the country\n[^\n]*\n/, '\n');
  // Insert a section after s. 4 and renumber the sections after it (and the references to them).
  const lines = text.split('\n');
  const out: string[] = [];
  let inserted = false;
  let inSchedules = false;
  const shift = (n: number) => (n >= 5 ? n + 1 : n);
  for (const line of lines) {
    if (/^FIRST SCHEDULE/.test(line)) inSchedules = true;
    const m = inSchedules ? null : /^(\d+)([A-Z]?)\. (\S.*)$/.exec(line);
    if (m && Number(m[1]) === 5 && !inserted) {
      out.push(
        '5. Duty to report',
        'A person who knows or has reason to believe that another person is a victim of trafficking in persons shall report it to the police.',
        '',
      );
      inserted = true;
    }
    let l = m ? `${shift(Number(m[1]))}${m[2]}. ${m[3]}` : line;
    l = l.replace(/\bsection (\d+)\b/g, (_w, n: string) => `section ${shift(Number(n))}`);
    out.push(l);
  }
  if (!inserted) throw new Error('fixture changed: section 5 not found');
  return out.join('\n');
}
