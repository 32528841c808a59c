/**
 * Review 11b, groups G1, G7 and G8: a source named whole, capitals a note keeps or drops, and the
 * source kept with its clause. Every example is invented here (a landslide on a coast road near
 * Pellow), each rule with a near miss that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { compressClause } from './news-clause';
import { attributionOf, sourceFromRaw } from './attribution';
import { bodyNameEndingAt, isBodyName, streetSpeaks } from './body-names';
import { isPeoplesAdjective } from './proper-adjectives';
import { titledPerson } from './spoken-for';

const DATE = '2026-11-06T12:00:00';
const HEADLINE = 'Landslide closes coast road near Pellow';
const BASE = [
  'PELLOW, Oregon (AP) — A landslide closed the coast road north of Pellow on Monday, cutting off about 200 homes, the Rook County Roads Office said.',
  'Engineer Mara Quill said crews would survey the slope on Tuesday.',
  'The county opened its library as a shelter, and the only grocery in Pellow closed early.',
];
const story = (paragraphs: string[]) => storyOfLines([HEADLINE, ...paragraphs]);
/** The note for the base story with `added` set in as a new paragraph before its last. */
const noteFor = (added: string, base = BASE) =>
  proposeNote(story(base), story([...base.slice(0, -1), added, base.at(-1)!]), { date: DATE }).text;
/** Who a lone sentence credits, read as the note writer reads it. */
const creditIn = (sentence: string, article = sentence) => {
  const who = attributionOf(sentence);
  return who ? (sourceFromRaw(who.raw, article)?.name ?? '') : '';
};

describe('G1: a body named whole across "of", "and", "on" and its street', () => {
  it('"the Department of Roads and Bridges" is one body, not "Bridges"', () => {
    expect(creditIn('The Department of Roads and Bridges said Tuesday that it would send a survey team.')).toBe(
      'Department of Roads and Bridges',
    );
    expect(creditIn('The road stayed shut, the Department of Roads and Bridges said.')).toBe('Department of Roads and Bridges');
    expect(noteFor('The Department of Roads and Bridges said Tuesday that it would send a survey team to the slope.')).toMatch(
      /\bthe Department of Roads and Bridges\b/i,
    );
  });

  it('"Rook and Alder Police" is one force, printed bare as the copy writes it', () => {
    expect(creditIn('Rook and Alder Police said Tuesday that no one was hurt when the slope gave way.')).toBe('Rook and Alder Police');
    const note = noteFor('Rook and Alder Police said Tuesday that no one was hurt when the slope gave way.');
    expect(note).toMatch(/\bRook and Alder Police\b/);
    // (Since round 24 told "…, the Rook and Alder Police said": the report's possessive had printed "The Rook and
    // Alder Police's report", which this case-sensitive check let pass; the force stays one name.)
    expect(note).not.toMatch(/the Alder Police|Rook and the/);
  });

  it('near miss: a body and a force, or a person and a force, are not one name', () => {
    expect(creditIn('The Pellow Water Authority and Harbor Police said the road was closed.')).toBe('Harbor Police');
    expect(isBodyName('Pellow Water Authority and Harbor Police')).toBe(false);
    expect(
      creditIn(
        'Quill and Harbor Police said the road was closed.',
        'Engineer Mara Quill spoke. Quill and Harbor Police said the road was closed.',
      ),
    ).toBe('Harbor Police');
    expect(isBodyName('Department of Roads and FBI')).toBe(false);
    expect(isBodyName('Department of Roads and Bridges and Rook Police')).toBe(false);
    expect(isBodyName('Department of Health and Human Services')).toBe(true);
  });

  it('"a spokesperson for the Playhouse on Gull Lane" credits the playhouse whole', () => {
    expect(creditIn('A spokesperson for the Playhouse on Gull Lane said Tuesday’s show would go ahead.')).toBe('Playhouse on Gull Lane');
    expect(noteFor('A spokesperson for the Playhouse on Gull Lane said Tuesday’s show would go ahead.')).toMatch(
      /from the Playhouse on Gull Lane\b/,
    );
    expect(creditIn('A spokesperson for the Theatre Royal Gull Lane said the show would go on.')).toBe('Theatre Royal Gull Lane');
  });

  it('near miss: people where they stood, and a person from somewhere, are no body on a street', () => {
    expect(creditIn('Police on Gull Lane said the road was closed.')).toBe('police');
    expect(creditIn('Officers on Gull Lane said the road was closed.')).toBe('officers');
    expect(creditIn('Residents of Gull Lane said the road was closed.')).toBe('residents of Gull Lane');
    expect(creditIn('Mayor Ivo Brand of Pellow said the road was closed.')).toBe('Brand');
    expect(bodyNameEndingAt('Residents of Gull Lane', '')).toBe('');
    // A street named for a body's word is a street ("Church Street"), not a theatre named for one.
    expect(isBodyName('Church Street')).toBe(false);
  });

  it('a street that speaks is the government or the firm seated there', () => {
    expect(creditIn('The governor on Tuesday released $300,000 for the road, Capitol Street said.')).toBe('Capitol Street');
    const note = noteFor('The governor on Tuesday released $300,000 in emergency money for the road, Capitol Street said.');
    expect(note).toMatch(/Capitol Street/);
    expect(note).not.toMatch(/(?<!Capitol )Street['’]s/);
  });

  it('near miss: a person whose surname is a street word stays a person', () => {
    const article = 'Skier Lena Street won on Sunday. Street said the course was fast.';
    expect(streetSpeaks('Lena Street', article)).toBe(false);
    expect(creditIn('Lena Street said the course was fast.', article)).toBe('Street');
  });

  it('near miss: a body named in one piece reads as before', () => {
    expect(noteFor('The Pellow Water Authority said Tuesday that it would send two engineers to the slope.')).toMatch(
      /\bthe Pellow Water Authority\b/i,
    );
  });
});

describe('G7: capitals inside "the news that …"', () => {
  it('a people’s adjective keeps its capital: "Tamric police"', () => {
    expect(isPeoplesAdjective('Tamrian', '')).toBe(true);
    expect(noteFor('Tamrian police said on Tuesday they had arrested two men over the theft of road signs.')).toMatch(
      /\bTamrian police arrested two men\b/,
    );
    expect(isPeoplesAdjective('Thai', '')).toBe(true);
  });

  it('near miss: a common word before a group loses the capital its sentence gave it', () => {
    expect(noteFor('Hospital officials said on Tuesday they had moved two patients out of Pellow.')).toMatch(/\bhospital officials\b/);
    expect(isPeoplesAdjective('Civilian', '')).toBe(false);
    expect(isPeoplesAdjective('Urban', '')).toBe(false);
    // Written in lower case elsewhere, a word is common whatever its ending.
    expect(isPeoplesAdjective('Coastal', 'the coastal road')).toBe(false);
  });

  it('"Police have arrested …" is the common noun, though the story names a force', () => {
    const base = [...BASE.slice(0, 2), 'Rook Police closed the road to traffic, and the county opened its library as a shelter.'];
    const note = noteFor('Police have arrested seven people in Pellow, the force said shortly after 10pm.', base);
    expect(note).toMatch(/\bpolice arrested seven people in Pellow\b/);
    expect(note).not.toMatch(/Police arrested|the force said|10pm/);
  });

  it('the time after "said" goes with the speaker; a time inside the clause stays', () => {
    expect(compressClause('Crews reopened one lane in Pellow, the county said late Tuesday.', 'Headline')?.clause).toBe(
      'crews reopened one lane in Pellow',
    );
    expect(compressClause('Crews reopened one lane in Pellow, the county said at 3:15 p.m. Wednesday.', 'Headline')?.clause).toBe(
      'crews reopened one lane in Pellow',
    );
    // Near miss: "at 4 p.m." belongs to the reopening, not to who told it.
    expect(compressClause('Crews reopened one lane at 4 p.m., the county said.', 'Headline')?.clause).toBe(
      'crews reopened one lane at 4 p.m.',
    );
  });
});

describe('G8: the source kept, and the clause agreeing', () => {
  it('a body described with whose it is is credited with its news', () => {
    const note = noteFor(
      'The county council said on Tuesday that 12 families whose homes lost water had been moved into the school, and that more would follow by Friday.',
    );
    expect(note).toMatch(/\bthe county council\b/);
    expect(note).toMatch(/12 families whose homes lost water were moved into the school/);
  });

  it('near miss: a bare "the council" credits no one the reader can place', () => {
    const note = noteFor('The council said on Tuesday that 12 families had been moved into the school.');
    expect(note).not.toMatch(/from the council|the council['’]s/);
  });

  it('one who speaks for a titled person is credited, not the person', () => {
    expect(titledPerson('Mayor Ivo Brand')).toBe(true);
    expect(titledPerson('Lord Vane')).toBe(true);
    expect(creditIn('A spokesman for Mayor Ivo Brand said on Tuesday that the mayor had followed the rules.')).toBe(
      'a spokesman for Mayor Ivo Brand',
    );
    expect(
      noteFor('A spokesman for Mayor Ivo Brand said on Tuesday that the mayor had “always followed the rules” on the road contract.'),
    ).toMatch(/from a spokesman for Mayor Ivo Brand\b/);
  });

  it('near miss: one who speaks for a body credits the body', () => {
    expect(titledPerson('Foreign Ministry')).toBe(false);
    expect(creditIn('A spokeswoman for the Rook County Roads Office said the slope was stable.')).toBe('Rook County Roads Office');
    expect(creditIn('A spokesman for the Interior Ministry said the slope was stable.')).toBe('Interior Ministry');
  });
});
