import { useEffect, useRef } from 'react';

/**
 * A modal dialog's keyboard contract: Escape closes it (unless it cannot close now, during an
 * import for instance), and on closing the focus goes back to what had it when the dialog opened.
 */
export function useDialog(onClose: () => void, canClose = true): void {
  const close = useRef(onClose);
  const allowed = useRef(canClose);
  useEffect(() => {
    close.current = onClose;
    allowed.current = canClose;
  });
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !allowed.current) return;
      e.preventDefault();
      close.current();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      // After React has removed the dialog, so the opener is focusable again.
      setTimeout(() => {
        if (opener?.isConnected) opener.focus();
      }, 0);
    };
  }, []);
}
