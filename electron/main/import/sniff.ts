/** What a file's first bytes say it is, whatever its name. */
export type SniffedKind = 'pdf' | 'zip' | 'ole' | 'rtf' | 'png' | 'jpeg' | 'gif' | 'tiff' | 'unknown';

const SIGNATURES: { kind: SniffedKind; bytes: number[] }[] = [
  { kind: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'ole', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
  { kind: 'rtf', bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66] },
  { kind: 'png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'tiff', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { kind: 'tiff', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
];

/** The kind of file the first bytes show. */
export function sniff(sample: Uint8Array): SniffedKind {
  for (const { kind, bytes } of SIGNATURES) {
    if (bytes.every((b, i) => sample[i] === b)) return kind;
  }
  // PDF readers accept up to 1 KB of junk before the header (some generators prepend a BOM or a mail header).
  const head = new TextDecoder('latin1').decode(sample.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  return 'unknown';
}

/** What to tell someone whose file turned out to be of another kind than its name says. */
export const KIND_ADVICE: Record<Exclude<SniffedKind, 'unknown'>, string> = {
  pdf: 'a PDF file: rename it with the .pdf extension and import it again',
  zip: 'a ZIP archive (a .docx Word document is one): if it is a Word document, rename it with the .docx extension',
  ole: 'an old-format Word (.doc) file or a password-protected Office document: open it in Word or LibreOffice, remove any password and save it as .docx',
  rtf: 'an RTF document: open it in Word or LibreOffice and save it as .docx',
  png: 'a PNG image: run OCR on it first and import the text',
  jpeg: 'a JPEG image: run OCR on it first and import the text',
  gif: 'a GIF image: run OCR on it first and import the text',
  tiff: 'a TIFF image (often a scan): run OCR on it first and import the text',
};
