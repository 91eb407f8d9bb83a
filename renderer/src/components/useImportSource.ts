import { useCallback, useRef, useState, type DragEvent } from 'react';
import type { ImportSource } from '../../../shared/api/act-schemas';
import { sourceFromFile } from '../features/acts/fileSource';

/**
 * Where the text of an import comes from, for the dialogs that import a law or an instrument: a
 * file chosen, dropped or handed over by the caller, or pasted text. `source` is what to send, or
 * null while there is nothing (no file, or an empty paste).
 */
export function useImportSource(initial: ImportSource | null = null) {
  const [file, setFile] = useState<ImportSource | null>(initial?.kind === 'text' ? null : initial);
  const [pasting, setPasting] = useState(initial?.kind === 'text');
  const [pasted, setPasted] = useState(initial?.kind === 'text' ? initial.text : '');
  const fileInput = useRef<HTMLInputElement>(null);

  /** Reads a chosen or dropped file and takes it instead of any pasted text. */
  const takeFile = useCallback(async (chosen: File) => {
    setPasting(false);
    setFile(await sourceFromFile(chosen));
  }, []);

  const source: ImportSource | null = pasting ? (pasted.trim() ? { kind: 'text', text: pasted } : null) : file;
  return { file, setFile, pasting, setPasting, pasted, setPasted, fileInput, takeFile, source };
}

export type ImportSourceState = ReturnType<typeof useImportSource>;

/** A place a file can be dropped on: whether one is over it now, and the handlers to spread on it. */
export function useFileDrop(onFile: (file: File) => void | Promise<void>) {
  const [dragging, setDragging] = useState(false);
  const handlers = {
    onDragOver: (e: DragEvent) => {
      e.preventDefault();
      setDragging(true);
    },
    onDragLeave: () => setDragging(false),
    onDrop: (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      const dropped = e.dataTransfer.files[0];
      if (dropped) void onFile(dropped);
    },
  };
  return { dragging, handlers };
}
