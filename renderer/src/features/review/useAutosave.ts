import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiCallError } from '../../api/client';

export type SaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'retrying' | 'error';

/** Waits before trying a failed save again: 1 s, 2 s, 4 s … up to 30 s. */
export function retryDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** Math.max(0, attempt - 1));
}

/** A failure that trying again cannot mend (the file is open read-only, the text is refused). */
function isFinal(error: unknown): boolean {
  return error instanceof ApiCallError && ['read-only', 'invalid-request', 'not-found'].includes(error.error.code);
}

/**
 * A text field saved as the user types: after `delay` ms without typing, at once on blur, and on
 * leaving (another requirement, another view, closing the window), so no keystroke is lost.
 * Empty text is saved as null (no finding, rather than an empty one). A failed save is shown and
 * tried again by itself (another window writing to the file, a busy disk) until it succeeds; the
 * text stays in the field meanwhile. A save refused for good (the file is read-only) is shown, not retried.
 * Until something is typed, the field follows the stored text as it is loaded.
 */
export function useAutosave(initial: string | null, save: (value: string | null) => Promise<unknown>, delay = 600) {
  const [value, setValue] = useState(initial ?? '');
  const [state, setState] = useState<SaveState>('idle');
  // The stored text can arrive after the field is shown (a cached copy shown first, then the
  // fresh one): taken as long as nothing has been typed here.
  const [stored, setStored] = useState(initial);
  if (initial !== stored) {
    setStored(initial);
    if (state === 'idle') setValue(initial ?? '');
  }
  const pending = useRef<string | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const attempts = useRef(0);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(function flushNow() {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (retryTimer.current) clearTimeout(retryTimer.current);
    retryTimer.current = null;
    const text = pending.current;
    if (text === null) return;
    pending.current = null;
    setState('saving');
    saveRef.current(text.trim() ? text : null).then(
      () => {
        attempts.current = 0;
        setState((s) => (s === 'saving' && pending.current === null ? 'saved' : s));
      },
      (error: unknown) => {
        // Keep the text for the next attempt: it is still in the field.
        pending.current ??= text;
        if (isFinal(error)) return setState('error');
        attempts.current += 1;
        setState('retrying');
        retryTimer.current = setTimeout(flushNow, retryDelay(attempts.current));
      },
    );
  }, []);

  const change = useCallback(
    (text: string) => {
      setValue(text);
      pending.current = text;
      attempts.current = 0;
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
      if (retryTimer.current) clearTimeout(retryTimer.current);
    };
  }, [flush]);

  return { value, change, flush, state };
}
