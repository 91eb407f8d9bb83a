import { describe, expect, it } from 'vitest';
import { documentStyles } from '../../../electron/main/report/docx-styles';

describe('report styles', () => {
  const styles = documentStyles('fr-FR');
  const byId = new Map(styles.paragraphStyles.map((s) => [s.id, s]));

  it('sets the document language and heading levels for the outline', () => {
    expect(styles.default.document.run.language.value).toBe('fr-FR');
    expect(styles.default.document.paragraph.spacing).toMatchObject({ after: 120, line: 264 });
    expect(styles.default.document.paragraph.spacing).not.toHaveProperty('before');
    expect(
      [styles.default.heading1, styles.default.heading2, styles.default.heading3].map((h) => h.paragraph.outlineLevel),
    ).toEqual([0, 1, 2]);
    expect(styles.default.heading3.paragraph.keepNext).toBe(true);
    expect(styles.default.heading3.paragraph.border.bottom).toMatchObject({ size: 6, space: 2 });
  });

  it('bases every report style on Normal; running text is followed by Normal, table text and the footer are not', () => {
    expect(styles.paragraphStyles.every((s) => s.basedOn === 'Normal')).toBe(true);
    expect(byId.get('ReportQuote')?.next).toBe('Normal');
    expect(byId.get('ReportTocTitle')?.name).toBe('Report TOC Title');
    for (const id of ['ReportTableText', 'ReportAfterTable', 'ReportFooter'])
      expect(byId.get(id)).not.toHaveProperty('next');
  });

  it('draws a box on all four sides of a proposed amendment and a rule left of a quotation', () => {
    const amendment = byId.get('ReportAmendment')?.paragraph;
    expect(Object.keys(amendment?.border ?? {}).sort()).toEqual(['bottom', 'left', 'right', 'top']);
    expect(amendment?.spacing).toMatchObject({ before: 120, after: 240, line: 288 });
    const quote = byId.get('ReportQuote')?.paragraph;
    expect(Object.keys(quote?.border ?? {})).toEqual(['left']);
    expect(quote?.indent).toEqual({ left: 340, right: 170 });
    expect(byId.get('ReportNote')?.paragraph?.spacing).toEqual({ after: 100 });
  });
});
