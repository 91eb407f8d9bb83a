import { describe, expect, it } from 'vitest';
import { sourceFromText } from '../../../shared/domain/source';
import { primaryUnits, segment, splitInstruments } from '../../../shared/segment/index';
import { FIXTURES, law } from './helpers';

const parts = (text: string) => splitInstruments(sourceFromText(text, 'law.txt'));
const units = (text: string) => primaryUnits(segment(sourceFromText(text, 'part.txt')).children).map((u) => u.number);

const EN = `Anti-Trafficking Act, 2009

1. Short title
This Act may be cited as the Anti-Trafficking Act, 2009, and comes into force on the date the Minister appoints by notice.

2. Offence
A person who recruits, transports or harbours another person by threat or deception for exploitation commits an offence.

3. Regulations
The Minister may make regulations for the better carrying out of this Act.

The Anti-Trafficking (Victim Assistance) Regulations, 2010

In exercise of the powers conferred by section 3 of the Act, the Minister makes these Regulations.

1. Citation
These Regulations may be cited as the Anti-Trafficking (Victim Assistance) Regulations, 2010.

2. Shelters
Every shelter shall give a victim food, clothing and medical care.
`;

const FR = `Loi relative à la lutte contre la traite des êtres humains

Article 1er. Objet
La présente loi a pour objet de prévenir et de réprimer la traite des êtres humains et de protéger les victimes de cette traite.

Article 2. Infraction
Constitue la traite des êtres humains le fait de recruter, de transporter ou d'héberger une personne aux fins de l'exploiter.

Article 3. Exécution
Un règlement fixe les modalités d'application de la présente loi.

Règlement d'exécution de la loi relative à la lutte contre la traite des êtres humains

Article 1er. Objet
Le présent règlement fixe les conditions d'accueil des victimes.

Article 2. Centres d'accueil
Les centres d'accueil assurent l'hébergement et les soins des victimes.
`;

const ES = `Ley de prevención de la trata de personas

Artículo 1. Objeto
La presente ley tiene por objeto prevenir y sancionar la trata de personas y proteger y asistir a las víctimas de la trata.

Artículo 2. Delito
Comete el delito de trata quien capte, traslade o acoja a una persona con fines de explotación.

Artículo 3. Reglamentación
El Poder Ejecutivo reglamentará la presente ley.

Reglamento de la Ley de prevención de la trata de personas

Artículo 1. Objeto
El presente reglamento regula la asistencia a las víctimas.

Artículo 2. Albergues
Los albergues brindarán alojamiento y atención médica a las víctimas.
`;

describe('regulations printed after an act', () => {
  it.each([
    ['en', EN, 'The Anti-Trafficking (Victim Assistance) Regulations, 2010'],
    ['fr', FR, "Règlement d'exécution de la loi relative à la lutte contre la traite des êtres humains"],
    ['es', ES, 'Reglamento de la Ley de prevención de la trata de personas'],
  ])('%s: split off as their own instrument with their own numbering', (_, text, title) => {
    const split = parts(text);
    expect(split.map((p) => p.kind)).toEqual(['act', 'regulation']);
    expect(split[1]!.title).toBe(title);
    expect(units(split[0]!.doc.lines.map((l) => l.text).join('\n'))).toEqual(['1', '2', '3']);
    expect(units(split[1]!.doc.lines.map((l) => l.text).join('\n'))).toEqual(['1', '2']);
    // Nothing is lost or repeated between the parts.
    expect(split.flatMap((p) => p.doc.lines.map((l) => l.text))).toEqual(text.split('\n'));
  });

  it('keeps one instrument whole: a heading naming regulations, or a title without a restart at 1', () => {
    const heading = EN.replace(
      'The Anti-Trafficking (Victim Assistance) Regulations, 2010',
      'Victim Assistance Rules',
    ).replace(/\n1\. Citation/, '\n4. Citation');
    expect(parts(heading)).toHaveLength(1);
    const sentence = `1. Short title\nThis Act may be cited as the Shelters Act and applies to every shelter that receives victims of trafficking.\n\n2. Rules\nThe Minister may make rules.\n\n3. Penalty\nA person who breaks the Rules commits an offence.\n`;
    expect(parts(sentence)).toHaveLength(1);
  });

  it('keeps a regulation with its own table of contents whole', () => {
    const toc = `Victim Assistance Regulations, 2010\n\nARRANGEMENT OF REGULATIONS\n1. Citation\n2. Shelters\n3. Care\n\nVictim Assistance Regulations, 2010\n\n1. Citation\nThese Regulations may be cited as the Victim Assistance Regulations, 2010, and apply to every shelter in the country.\n\n2. Shelters\nEvery shelter shall give a victim food.\n\n3. Care\nCare is free.\n`;
    expect(parts(toc)).toHaveLength(1);
  });

  it('splits none of the fixture laws', () => {
    for (const name of FIXTURES) expect(parts(law(name).text).length, name).toBe(1);
  });
});
