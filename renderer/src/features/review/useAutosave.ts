import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/**
 * A text field saved as the user types: after `delay` ms without typing, at once on blur, and on
 * leaving (another requirement, another view, closing the window), so no keystroke is lost.
 * Empty text is saved as null (no finding, rather than an empty one).
 */
export function useAutosave(initial: string | null, save: (value: string | null) => Promise<unknown>, delay = 600) {
  const [value, setValue] = useState(initial ?? '');
  const [state, setState] = useState<SaveState>('idle');
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const text = pending.current;
    if (text === null) return;
    pending.current = null;
    setState('saving');
    saveRef.current(text.trim() ? text : null).then(
      () => setState((s) => (s === 'saving' && pending.current === null ? 'saved' : s)),
      () => {
        // Keep the text for the next attempt: it is still in the field.
        pending.current ??= text;
        setState('error');
      },
    );
  }, []);

  const change = useCallback(
    (text: string) => {
      setValue(text);
      pending.current = text;
      setState('pending');
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(flush, delay);
    },
    [flush, delay],
  );

  useEffect(() => {
    window.addEventListener('pagehide', flush);
    return () => {
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return { value, change, flush, state };
}
