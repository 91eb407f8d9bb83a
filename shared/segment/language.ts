import type { LanguageCode } from '../domain/source';

/**
 * Function words and legal words that belong to one language only. Words shared by two of
 * the languages ("la", "de", "en", "que", "un") are left out: they add votes without
 * telling French from Spanish.
 */
const WORDS: Record<LanguageCode, string> = {
  en:
    'the of and to in is that for be by with shall or any which this as from under who on an are not it ' +
    'such act has have been was where section may person persons other than whether whoever offence ' +
    'offense subsection paragraph means includes liable imprisonment term years against into if all their ' +
    'his her its upon thereof',
  fr:
    'le les des du et est une pour dans qui sur au aux ne pas ou sont être cette ce il elle ils son ses ' +
    'leur l d qu présente loi alinéa premier première paragraphe peut doit lorsque quiconque infraction ' +
    'emprisonnement personne personnes amende ainsi selon avec tout toute même sous entre après avant ' +
    'notamment commet passible ans était ces dont',
  es:
    'el los las del y por con para una se su sus al es lo o como más sea será serán este esta estos ' +
    'artículo artículos ley pena inciso años prisión reclusión persona personas cuando quien podrá delito ' +
    'delitos presente código siguiente sin entre hasta desde sobre cuyo otra reprimido pero también ni ' +
    'ello dicha dicho mismo misma cualquier',
};

const LEXICON = new Map<string, LanguageCode>();
for (const lang of ['en', 'fr', 'es'] as const) for (const w of WORDS[lang].split(' ')) LEXICON.set(w, lang);

/** Letters each language uses and the others do not (é is both French and Spanish, so it is not here). */
const LETTERS: Record<'fr' | 'es', RegExp> = {
  fr: /[èêàâçùûôîœëï]/g,
  es: /[ñáíóú¿¡]/g,
};

/** Votes a distinctive letter is worth: one letter says less than one word. */
const LETTER_WEIGHT = 0.5;
/** Characters read: enough for a stable answer, small enough to stay fast on a whole code. */
const SAMPLE = 60_000;
/** Votes after which the answer is considered fully supported. */
const FULL_EVIDENCE = 12;

/**
 * Detect whether a text is English, French or Spanish from the frequency of words (and a
 * few letters) that only one of the three uses. Works on a few words ("Article premier",
 * "Artículo 5") as well as on a whole code, which is sampled. `confidence` is in [0, 1]:
 * 0 when there is no evidence at all (the answer is then English), near 1 when the text
 * is long and one language clearly dominates.
 */
export function detectLanguage(text: string): { language: LanguageCode; confidence: number } {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  const votes: Record<LanguageCode, number> = { en: 0, fr: 0, es: 0 };
  const lower = sample.toLowerCase();
  for (const m of lower.matchAll(/\p{L}+/gu)) {
    const lang = LEXICON.get(m[0]);
    if (lang) votes[lang] += 1;
  }
  for (const lang of ['fr', 'es'] as const) votes[lang] += (lower.match(LETTERS[lang])?.length ?? 0) * LETTER_WEIGHT;
  const ranked = (Object.keys(votes) as LanguageCode[]).sort((a, b) => votes[b] - votes[a]);
  const best = ranked[0]!;
  const top = votes[best];
  if (top === 0) return { language: 'en', confidence: 0 };
  const margin = (top - votes[ranked[1]!]) / top;
  const evidence = Math.min(1, top / FULL_EVIDENCE);
  return { language: best, confidence: Math.round(margin * evidence * 1000) / 1000 };
}
