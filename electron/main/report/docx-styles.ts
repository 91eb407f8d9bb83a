import {
  BorderStyle,
  LineRuleType,
  ShadingType,
  type IParagraphStyleOptions,
  type IParagraphStylePropertiesOptions,
  type IRunStylePropertiesOptions,
} from 'docx';
import { BLUE, FONT, GREY, NAVY, RULE } from './docx-text';

/** A paragraph style of the report, based on Normal and, unless told otherwise, followed by Normal. */
function reportStyle(
  id: string,
  name: string,
  run: IRunStylePropertiesOptions,
  paragraph: IParagraphStylePropertiesOptions,
  followedByNormal = true,
): IParagraphStyleOptions {
  return { id, name, basedOn: 'Normal', ...(followedByNormal ? { next: 'Normal' } : {}), run, paragraph };
}

/** Spacing in twentieths of a point, with a line height (240 = single) when given. */
function spacing(before: number | undefined, after: number, line?: number) {
  return {
    ...(before === undefined ? {} : { before }),
    after,
    ...(line === undefined ? {} : { line, lineRule: LineRuleType.AUTO }),
  };
}

/** A single border line of `size` eighths of a point. */
const rule = (size: number, color: string, space: number) => ({ style: BorderStyle.SINGLE, size, color, space });

/** The report's paragraph, heading and table styles, in the report's language. */
export function documentStyles(locale: string) {
  const heading = (size: number, colour: string, before: number, after: number, outlineLevel: number) => ({
    run: { font: FONT, size, bold: true, color: colour },
    paragraph: { spacing: { before, after }, keepNext: true, keepLines: true, outlineLevel },
  });
  const heading3 = heading(22, BLUE, 360, 120, 2);
  const box = rule(4, RULE, 4);
  return {
    default: {
      document: {
        run: { font: FONT, size: 20, language: { value: locale, bidirectional: 'ar-SA' } },
        paragraph: { spacing: spacing(undefined, 120, 264) },
      },
      heading1: heading(32, NAVY, 0, 240, 0),
      heading2: heading(26, NAVY, 320, 120, 1),
      heading3: { ...heading3, paragraph: { ...heading3.paragraph, border: { bottom: rule(6, BLUE, 2) } } },
    },
    paragraphStyles: [
      reportStyle(
        'ReportLabel',
        'Report Label',
        { bold: true, color: NAVY, size: 19 },
        {
          spacing: spacing(160, 60),
          keepNext: true,
        },
      ),
      reportStyle(
        'ReportNote',
        'Report Note',
        { italics: true, color: GREY, size: 17 },
        { spacing: spacing(undefined, 100) },
      ),
      reportStyle(
        'ReportQuote',
        'Report Quote',
        { size: 18, color: '262626' },
        {
          indent: { left: 340, right: 170 },
          spacing: spacing(undefined, 60, 252),
          border: { left: rule(12, 'A6B4C8', 8) },
        },
      ),
      reportStyle(
        'ReportAmendment',
        'Report Amendment',
        { size: 20 },
        {
          indent: { left: 170, right: 170 },
          spacing: spacing(120, 240, 288),
          shading: { fill: 'F5F7FA', type: ShadingType.CLEAR, color: 'auto' },
          border: { top: box, bottom: box, left: box, right: box },
        },
      ),
      reportStyle('ReportTableText', 'Report Table Text', { size: 18 }, { spacing: spacing(0, 20, 240) }, false),
      reportStyle('ReportAfterTable', 'Report After Table', { size: 8 }, { spacing: spacing(0, 120, 240) }, false),
      reportStyle(
        'ReportCaption',
        'Report Caption',
        { bold: true, color: NAVY, size: 18 },
        { spacing: spacing(120, 80) },
      ),
      reportStyle(
        'ReportTocTitle',
        'Report TOC Title',
        { bold: true, color: NAVY, size: 32 },
        { spacing: spacing(undefined, 240) },
      ),
      reportStyle('ReportFooter', 'Report Footer', { size: 16, color: GREY }, { spacing: spacing(0, 0) }, false),
    ],
  };
}
