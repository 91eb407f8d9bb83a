import type { ImportSource } from '../../../../shared/api/act-schemas';
import { pathForFile } from '../../api/client';

/** A dropped or chosen file as an import source: its path in the desktop app, its bytes in a browser. */
export async function sourceFromFile(file: File): Promise<ImportSource> {
  const path = pathForFile(file);
  if (path) return { kind: 'path', path };
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return { kind: 'bytes', fileName: file.name, base64: btoa(binary) };
}

export function describeSource(source: ImportSource | null, pastedLabel: string): string {
  if (!source) return '';
  if (source.kind === 'path') return source.path.split(/[\\/]/).pop() ?? source.path;
  if (source.kind === 'bytes') return source.fileName;
  return pastedLabel;
}
