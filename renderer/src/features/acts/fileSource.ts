import type { ImportSource } from '../../../../shared/api/act-schemas';
import { pathForFile, uploadFile } from '../../api/client';

/**
 * A dropped or chosen file as an import source: its path in the desktop app; in a browser, the
 * file uploaded to the host (any size up to the import limit), or its bytes when nothing takes uploads.
 */
export async function sourceFromFile(file: File): Promise<ImportSource> {
  const path = pathForFile(file);
  if (path) return { kind: 'path', path };
  const uploaded = await uploadFile(file);
  if (uploaded) return { kind: 'path', path: uploaded };
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
