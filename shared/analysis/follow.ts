import type { Assessment } from './assess';
import { STRONG, cite } from './assess';
import type { Corpus } from './corpus';
import { finding } from './explain';
import { toMatch, type Candidate } from './matcher';
import { findLawReferences, suppliedActs } from './references';
import { fold } from './text';
import type { LawKind, RequirementMatch } from './types';

/**
 * References to other laws in the best candidate: "as defined in section 12 of the Criminal
 * Code", « prévues à l'article 225-4 du code pénal », "del artículo 140 del Código Penal". When
 * the law referred to is not among the acts, the reference is a finding and the candidate is
 * credited as partial until that law is checked. When it is, the reference is followed: the
 * article it names is cited as evidence for the requirement, with a note naming the reference.
 */

export interface FollowContext {
  corpus: Corpus;
  titles: string[];
  kinds: LawKind[][];
  /** The requirement's ranked candidates (the referenced article keeps its own score). */
  candidates: Candidate[];
}

/** The number a document is cited by: the inserted unit's, else its unit's (folded, without spaces). */
function docNumber(corpus: Corpus, doc: number): string {
  const d = corpus.docs[doc]!;
  const n = d.inserted?.number ?? corpus.units[d.unit]!.provision.number;
  return fold(n).replace(/\s+/g, '');
}

/** The article a reference names, as a unit number ("12(1)" → "12", "140 bis" → "140bis", "art. 7°" → "7"). */
function articleNumber(article: string): string {
  return fold(article)
    .replace(/\(.*$/, '')
    .replace(/[°º.]+$/, '')
    .replace(/\s+/g, '');
}

/** The document of the acts that a reference's article designates, if one of them has it. */
export function referencedDoc(corpus: Corpus, acts: number[], article: string | null): number | null {
  if (!article) return null;
  const wanted = articleNumber(article.split(/\s+(?:à|a|et|y|and|to)\s+/)[0]!);
  for (const d of corpus.docs)
    if (acts.includes(corpus.units[d.unit]!.act) && docNumber(corpus, d.index) === wanted) return d.index;
  return null;
}

/** The assessment and matches after the best candidate's references to other laws are read. */
export function followReferences(
  a: Assessment,
  matches: RequirementMatch[],
  unit: { text: string; language: 'en' | 'fr' | 'es' } | undefined,
  ctx: FollowContext,
): { a: Assessment; matches: RequirementMatch[] } {
  const top = matches[0];
  // A met requirement is noted and cited too (its status stands): the measure is where it refers.
  if (!top || !unit || (a.status !== 'gap' && a.status !== 'partial' && a.status !== 'compliant'))
    return { a, matches };
  const seen = new Set<string>();
  let out = matches;
  for (const ref of findLawReferences(unit.text, unit.language)) {
    const name = fold(ref.law);
    if (seen.has(name) || seen.size >= 2) continue;
    seen.add(name);
    const acts = suppliedActs(ref.law, ctx.titles, ctx.kinds);
    const followed = acts.length > 0;
    const doc = followed ? referencedDoc(ctx.corpus, acts, ref.article) : null;
    let article: RequirementMatch | null = null;
    if (doc !== null) {
      const d = ctx.corpus.docs[doc]!;
      const own = ctx.candidates.find((c) => c.doc === doc);
      article = toMatch(ctx.corpus, own ?? { doc, score: 0, base: 0, passage: d.passages[0]!, matched: [] });
      const cited = cite(article);
      if (!out.some((m) => cite(m) === cited)) out = [top, article, ...out.slice(1)];
    }
    const params = {
      cite: cite(top),
      law: ref.law,
      quote: ref.quote,
      followed,
      ...(article ? { article: cite(article) } : {}),
    };
    a = { ...a, findings: [...a.findings, finding('reference-to-other-law', params, top.provision)] };
    if (a.status !== 'gap' || top.score < STRONG) continue;
    if (article)
      // The article referred to is in the assessment: the requirement is partly met by the two together.
      a = {
        ...a,
        status: 'partial',
        confidence: 0.5,
        code: 'partly-addressed',
        params: { cite: [cite(top), cite(article)] },
      };
    else if (!followed)
      a = { ...a, status: 'partial', confidence: 0.5, code: 'by-reference', params: { law: ref.law, cite: cite(top) } };
  }
  return { a, matches: out };
}
