import { useLayoutEffect, useRef } from 'react';
import type { MappingView } from '../../../../shared/api/review-schemas';
import { evidenceParts } from './evidence';

/**
 * A national provision's text with the words the analysis relied on highlighted. Long units
 * (a definitions section runs to pages) scroll inside their box, opened at the first highlight.
 */
export function EvidenceText({
  text,
  evidence,
  label,
  lang,
}: {
  text: string;
  evidence: MappingView['evidence'];
  label: string;
  /** The law's language: its words are read in it. */
  lang: string | undefined;
}) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = box.current;
    const first = el?.querySelector('mark');
    // Scroll the box only, not the page: scrollIntoView would move every scrolling ancestor.
    // The box is positioned, so the mark's offsetTop is measured from the box's top.
    if (el && first instanceof HTMLElement) el.scrollTop = Math.max(0, first.offsetTop - 48);
  }, [text, evidence]);
  return (
    <div className="evidence-text" ref={box} tabIndex={0} role="region" aria-label={label} data-testid="candidate-text">
      <div lang={lang}>
        {evidenceParts(text, evidence).map((p, i) =>
          p.hit ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>,
        )}
      </div>
    </div>
  );
}
