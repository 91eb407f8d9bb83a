import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../shared/segment/index';

describe('detectLanguage', () => {
  it('tells English, French and Spanish apart on a few words', () => {
    expect(detectLanguage('Article premier').language).toBe('fr');
    expect(detectLanguage('Artículo 5.- El que').language).toBe('es');
    expect(detectLanguage('Section 3. Short title of the Act').language).toBe('en');
    expect(detectLanguage('« enfant » s’entend de toute personne').language).toBe('fr');
    expect(detectLanguage('se entenderá por trata de personas').language).toBe('es');
  });

  it('is not misled by words the languages share ("la", "de", "en", "que")', () => {
    expect(detectLanguage('la traite de personnes est punie').language).toBe('fr');
    expect(detectLanguage('la trata de personas es castigada').language).toBe('es');
    expect(detectLanguage('en la que se').language).toBe('es');
  });

  it('reads accents when there are no telling words', () => {
    expect(detectLanguage('Niño').language).toBe('es');
    expect(detectLanguage('Être').language).toBe('fr');
  });

  it('gives more confidence to longer, unambiguous text', () => {
    const short = detectLanguage('The Act');
    const long = detectLanguage(
      'A person who recruits, transports or harbours another person for the purpose of exploitation commits an offence and is liable to imprisonment.',
    );
    expect(long.language).toBe('en');
    expect(long.confidence).toBeGreaterThan(short.confidence);
    expect(long.confidence).toBeGreaterThan(0.9);
    expect(short.confidence).toBeLessThan(0.5);
  });

  it('answers English with no confidence when there is nothing to go on', () => {
    expect(detectLanguage('')).toEqual({ language: 'en', confidence: 0 });
    expect(detectLanguage('12 (3) 4.5 § 1324')).toEqual({ language: 'en', confidence: 0 });
  });
});
