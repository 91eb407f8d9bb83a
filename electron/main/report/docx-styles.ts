import { BorderStyle, LineRuleType, ShadingType } from 'docx';
import { BLUE, FONT, GREY, NAVY, RULE } from './docx-text';

/** The report's paragraph, heading and table styles, in the report's language. */
export function documentStyles(locale: string) {
  const heading = (size: number, colour: string, before: number, after: number, outlineLevel: number) => ({
    run: { font: FONT, size, bold: true, color: colour },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true, outlineLevel },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: 20, language: { value: locale, bidirectional: 'ar-SA' } },
        paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
      },
      heading1: heading(32, NAVY, 0, 240, 0),
      heading2: heading(26, NAVY, 320, 120, 1),
      heading3: {
        run: { font: FONT, size: 22, bold: true, color: BLUE },
        paragraph: {
          spacing: { before: 360, after: 120 },
          keepNext: true,
          keepLines: true,
          outlineLevel: 2,
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: BLUE, space: 2 } },
        },
      },
    },
    paragraphStyles: [
      {
        id: 'ReportLabel',
        name: 'Report Label',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true, color: NAVY, size: 19 },
        paragraph: { spacing: { before: 160, after: 60 }, keepNext: true },
      },
      {
        id: 'ReportNote',
        name: 'Report Note',
        basedOn: 'Normal',
        next: 'Normal',
        run: { italics: true, color: GREY, size: 17 },
        paragraph: { spacing: { after: 100 } },
      },
      {
        id: 'ReportQuote',
        name: 'Report Quote',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 18, color: '262626' },
        paragraph: {
          indent: { left: 340, right: 170 },
          spacing: { after: 60, line: 252, lineRule: LineRuleType.AUTO },
          border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'A6B4C8', space: 8 } },
        },
      },
      {
        id: 'ReportAmendment',
        name: 'Report Amendment',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 20 },
        paragraph: {
          indent: { left: 170, right: 170 },
          spacing: { before: 120, after: 240, line: 288, lineRule: LineRuleType.AUTO },
          shading: { fill: 'F5F7FA', type: ShadingType.CLEAR, color: 'auto' },
          border: {
            top: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 4 },
            bottom: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 4 },
            left: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 4 },
            right: { style: BorderStyle.SINGLE, size: 4, color: RULE, space: 4 },
          },
        },
      },
      {
        id: 'ReportTableText',
        name: 'Report Table Text',
        basedOn: 'Normal',
        run: { size: 18 },
        paragraph: { spacing: { before: 0, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: 'ReportAfterTable',
        name: 'Report After Table',
        basedOn: 'Normal',
        run: { size: 8 },
        paragraph: { spacing: { before: 0, after: 120, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: 'ReportCaption',
        name: 'Report Caption',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true, color: NAVY, size: 18 },
        paragraph: { spacing: { before: 120, after: 80 } },
      },
      {
        id: 'ReportTocTitle',
        name: 'Report TOC Title',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true, color: NAVY, size: 32 },
        paragraph: { spacing: { after: 240 } },
      },
      {
        id: 'ReportFooter',
        name: 'Report Footer',
        basedOn: 'Normal',
        run: { size: 16, color: GREY },
        paragraph: { spacing: { before: 0, after: 0 } },
      },
    ],
  };
}
