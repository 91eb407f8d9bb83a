import type { LanguageCode } from '../domain/source';
import { stem } from './stem';

/**
 * Text normalisation shared by the matcher, the element detector and the finding rules.
 *
 * Everything is compared in the folded form of `shared/text/fold` (lower case, accents
 * removed, typographic apostrophes unified), whose offset map points back into the text as printed.
 */

export { fold, foldText, type FoldedText } from '../text/fold';
import { foldText, type FoldedText } from '../text/fold';

/** A word of a text: folded form, stem, and its span in the original text. */
export interface Token {
  /** Folded word. */
  word: string;
  /** Light stem of the folded word in the text's language. */
  stem: string;
  start: number;
  end: number;
}

const WORD = /[a-z0-9]+/g;

/** Words of a text with their stems; stop words are kept (callers filter with `isStopWord`). */
export function tokenize(text: string, lang: LanguageCode, folded: FoldedText = foldText(text)): Token[] {
  const out: Token[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(folded.folded))) {
    const word = m[0];
    out.push({
      word,
      stem: stem(word, lang),
      start: folded.origin[m.index]!,
      end: folded.origin[m.index + word.length - 1]! + 1,
    });
  }
  return out;
}

/*
 * Stop words: function words of each language, plus the treaty boilerplate that says nothing
 * about the subject of an obligation ("each State Party shall adopt such legislative and other
 * measures as may be necessary"). Without the second list every requirement would match
 * every "shall" of a national law.
 */
const STOP: Record<LanguageCode, string> = {
  en: `a an the and or nor of to in on at by for from with without within into onto upon as is are be been being was were
    that which who whom whose this these those such any all each every other another its it their them they he she his
    her him not no shall may must will would should can could has have had do does did so than then there here where
    when whether if but also only same said thereof therein thereto hereby herein under over between through during
    after before about against including include includes included inter alia i ii iii iv v vi vii viii ix x
    state states party parties protocol convention article articles paragraph paragraphs subparagraph subparagraphs
    present measure measures legislative necessary appropriate adopt adopted ensure ensuring accordance set forth
    provided provide provision provisions domestic law laws legal system principles basic fundamental extent possible
    means concerned relevant respect regard purposes purpose mutatis mutandis apply applies applied otherwise herein
    shall section sections subsection subsections act chapter part schedule established establish one two three
    person persons`,
  fr: `le la les l un une des du de d au aux et ou ni a en dans sur par pour avec sans sous entre vers chez ce cet cette
    ces ceux celle celles celui qui que quoi dont ou son sa ses leur leurs il elle ils elles se s ne n pas plus est sont
    etre ete sera seront peut peuvent doit doivent tout toute tous toutes autre autres meme memes tel telle tels telles
    lui y qu c j m t notamment ainsi lorsque lorsqu si afin aussi selon cas egard
    etat etats partie parties protocole convention article articles paragraphe paragraphes alinea alineas present
    presente mesure mesures legislatives necessaires appropriees adopte adopter conformement prevues prevu dispositions
    disposition droit interne systeme juridique principes fondamentaux mesure possible vise visees visee loi lois
    personne personnes`,
  es: `el la los las lo un una unos unas y e o u ni a ante con contra de del desde en entre hacia hasta para por segun
    sin sobre tras al que quien quienes cual cuales cuyo cuya su sus se le les es son sera seran ser sido haya hayan
    esta este estos estas ese esa esos esas aquel todo toda todos todas otro otra otros otras mismo misma mismos mismas
    tal tales no si mas como cuando donde cada cualquier cualquiera ya tambien dicho dicha dichos dichas
    estado estados parte partes protocolo convencion articulo articulos parrafo parrafos apartado apartados inciso
    presente medida medidas legislativas necesarias apropiadas adoptara adoptar conformidad previstas previsto
    disposiciones disposicion derecho interno sistema juridico principios fundamentales posible ley leyes
    persona personas`,
};

const STOP_SETS: Record<LanguageCode, Set<string>> = {
  en: new Set(STOP.en.split(/\s+/).filter(Boolean)),
  fr: new Set(STOP.fr.split(/\s+/).filter(Boolean)),
  es: new Set(STOP.es.split(/\s+/).filter(Boolean)),
};

/** True for function words and treaty boilerplate that carry no subject matter. */
export function isStopWord(word: string, lang: LanguageCode): boolean {
  return word.length < 2 || STOP_SETS[lang].has(word) || /^\d+$/.test(word);
}
