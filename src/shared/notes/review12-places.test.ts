/**
 * Review 12a, group 2: a place put right is told as a place, never as "a name" or "a place name",
 * with both values whole and a state's abbreviation with its points (place-frames.ts,
 * place-cues.ts). Every example is invented for this file, each rule with a near miss that must
 * not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { checkNoteGrammar } from './grammar';
import { framedPlace } from './place-frames';

const DATE = '2026-05-20T10:00:00-05:00';
const story = (...paragraphs: string[]) => storyOfLines(['County desk roundup', ...paragraphs, 'The board meets again in June.']);
const propose = (older: string, newer: string) => proposeNote(story(older), story(newer), { date: DATE });
const clean = (text: string) => expect(checkNoteGrammar(text)).toEqual([]);
/** A state's abbreviation without its point ("Ind", "Ky"), as a note must never print one. */
const BARE_STATE = /\b(?:Ind|Ill|Ky|Tenn|Ore|Mont|Va|Kan)\b(?!\.)/;

describe("a town's state put right", () => {
  it('"a farm in Ridgeway, Ind." → "Ill.": the town with each state, points kept', () => {
    const note = propose(
      'Inspectors traced the tainted lettuce to a farm in Ridgeway, Ind., the health department said.',
      'Inspectors traced the tainted lettuce to a farm in Ridgeway, Ill., the health department said.',
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('misstated the location of the farm');
    expect(note.text).toContain('in Ridgeway, Ill., not Ridgeway, Ind.');
    expect(note.text).not.toMatch(/a name|a place name/);
    expect(note.text).not.toMatch(BARE_STATE);
    clean(note.text);
  });

  it('near miss: the town put right in the same state names the town, the state once', () => {
    const note = propose(
      'Inspectors traced the tainted lettuce to a farm in Ridgeway, Ind., the health department said.',
      'Inspectors traced the tainted lettuce to a farm in Oakdale, Ind., the health department said.',
    );
    expect(note.text).toContain('Oakdale, Ind., not Ridgeway');
    expect(note.text).not.toContain('not Ridgeway, Ind.');
    expect(note.text).not.toMatch(BARE_STATE);
  });

  it('a region that is no US state ("Bristol, Wessex") is read as one when the frame says so (town-regions.ts, round 13)', () => {
    const framed = framedPlace(
      'The parcel was sent from a depot near Bristol, Wessex.',
      'The parcel was sent from a depot near Bristol, Mercia.',
      'Wessex',
      'Mercia',
      '',
    );
    expect(framed?.wrong ?? '').toBe('Bristol, Wessex');
    // Near miss: a name after a comma with no place's preposition before the town is no region.
    const named = framedPlace(
      'The parcel was signed by Ada Brisk, Tom Vale.',
      'The parcel was signed by Ada Brisk, Ola Fenn.',
      'Tom Vale',
      'Ola Fenn',
      '',
    );
    expect(named?.wrong ?? '').toBe('');
  });
});

describe('a town set before a post', () => {
  it('"The Orland, Kansas, police chief, Mara Quist," is the town where she is chief', () => {
    const note = propose(
      'The Orland, Kansas, police chief, Mara Quist, has said the bridge will stay closed until spring.',
      'The Kelso, Kansas, police chief, Mara Quist, has said the bridge will stay closed until spring.',
    );
    expect(note.text).toContain('misstated the town where Mara Quist is police chief. It is Kelso, Kansas, not Orland.');
    expect(note.text).not.toMatch(/a name/);
    clean(note.text);
  });

  it('near miss: a person\'s name before a post ("the Harmon campaign manager") is no town', () => {
    const framed = framedPlace(
      'The Harmon campaign manager, Ted Rusk, said the count was slow.',
      'The Feld campaign manager, Ted Rusk, said the count was slow.',
      'Harmon',
      'Feld',
      '',
      false,
    );
    expect(framed).toBeNull();
  });

  it('near miss: a word before a post with no region after it ("The Democratic sheriff") is no town', () => {
    const note = propose('The Republican sheriff endorsed the levy on Monday.', 'The Democratic sheriff endorsed the levy on Monday.');
    expect(note.text).not.toContain('the town');
  });
});

describe('a part of a town, and the heart of one', () => {
  it('"in Calder\'s Finch Hill neighborhood" is the neighborhood where it happened', () => {
    const note = propose(
      "When a gas line exploded in Calder's Finch Hill neighborhood on Monday, crews closed two streets.",
      "When a gas line exploded in Calder's Ashgrove neighborhood on Monday, crews closed two streets.",
    );
    expect(note.text).toContain('misstated the neighborhood where a gas line exploded. It is Ashgrove, not Finch Hill.');
    expect(note.text).not.toMatch(/a name|Calder's Ashgrove/);
    clean(note.text);
  });

  it('"Saint Ives Chapel in downtown Merritt": the chapel\'s location, "downtown" kept', () => {
    const note = propose(
      'Vance walked into Saint Ives Chapel in downtown Merritt on a Sunday and sat near the back.',
      'Vance walked into Saint Ives Chapel in downtown Tolland on a Sunday and sat near the back.',
    );
    expect(note.text).toContain('misstated the location of Saint Ives Chapel. It is in downtown Tolland, not Merritt.');
    expect(note.text).not.toMatch(/name of the town/);
    clean(note.text);
  });

  it('near miss: a person stopped "in downtown Merritt" is where it happened, not the person\'s location', () => {
    const note = propose(
      'Deputies stopped Vance in downtown Merritt on a Sunday after a short chase.',
      'Deputies stopped Vance in downtown Tolland on a Sunday after a short chase.',
    );
    expect(note.text).toContain('misstated where deputies stopped Vance. It was in downtown Tolland, not Merritt.');
    expect(note.text).not.toMatch(/location of Vance|name of the town/);
    clean(note.text);
  });
});

describe('a thing the place locates', () => {
  it('"a relay station abroad, apparently in Norway": the station, the hedge kept with the place', () => {
    const note = propose(
      'By dawn, engineers determined that the signal came from a relay station abroad, apparently in Norway, though it may have been bounced there.',
      'By dawn, engineers determined that the signal came from a relay station abroad, apparently in Finland, though it may have been bounced there.',
    );
    expect(note.text).toContain(
      'misstated the location of the relay station from which the signal came. It was apparently in Finland, not Norway.',
    );
    expect(note.text).not.toMatch(/a place name|where apparently/);
    clean(note.text);
  });

  it('"…, under the Alder Row arcade in Kettering": an item of a list is located, no clause told', () => {
    const note = propose(
      'Stores that stayed open included ones on the old pier, under the Alder Row arcade in Kettering, and beside the station.',
      'Stores that stayed open included ones on the old pier, under the Alder Row arcade in Halsey, and beside the station.',
    );
    expect(note.text).toContain('misstated the location of the Alder Row arcade. It was in Halsey, not Kettering.');
    expect(note.text).not.toMatch(/where under|a place name/);
    clean(note.text);
  });

  it('near miss: a thing a clause acts on ("opened a bakery in Norway") is where the clause happened', () => {
    const note = propose(
      'The Brenner family opened a bakery in Norway after the war, a cousin said.',
      'The Brenner family opened a bakery in Finland after the war, a cousin said.',
    );
    expect(note.text).not.toContain('location of the bakery');
    expect(note.text).toContain('Finland, not Norway');
  });
});

describe('the clause told with the place', () => {
  it('"The long search ended on a muddy lane in Corbin, Ky.,": the clause stops on its verb, the state keeps its point', () => {
    const note = propose(
      'The long search ended on a muddy lane in Corbin, Ky., an hour after the sheriff asked neighbors to check their barns.',
      'The long search ended on a muddy lane in Paxton, Ky., an hour after the sheriff asked neighbors to check their barns.',
    );
    expect(note.text).toContain('misstated where the long search ended. It was in Paxton, Ky., not Corbin.');
    expect(note.text).not.toMatch(BARE_STATE);
    clean(note.text);
  });

  it('near miss: a verb and its particle ("broke out") are never cut apart', () => {
    const note = propose(
      'A small kitchen fire broke out in Corbin, Ky., late Monday, the chief said.',
      'A small kitchen fire broke out in Paxton, Ky., late Monday, the chief said.',
    );
    expect(note.text).toContain('where a small kitchen fire broke out. It was in Paxton, Ky., not Corbin.');
    clean(note.text);
  });
});
