/**
 * Review 14, fix14p: a date or a place put right names the event it belongs to. A place is told by
 * the clause it sits in, its subject and verb (place-clause.ts), by the state a "with" clause gives
 * it (with-absolute.ts), or by the venue it locates (named-venue.ts); a year or a month dates the
 * thing a noun phrase names (dated-thing.ts), the study whose finding follows, or the noun it stands
 * before at a line's start (event-of-date.ts). Every example is invented for this file, in several
 * shapes, each rule with near misses that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { checkNoteGrammar } from './grammar';
import { clauseOfPlace } from './place-clause';
import { withClauseOfPlace } from './with-absolute';
import { venueBefore } from './named-venue';
import { openingThingDated, studyDated, thingDated } from './dated-thing';

const DATE = '2026-05-20T10:00:00-05:00';
const story = (...paragraphs: string[]) =>
  storyOfLines(['Harbor desk roundup', 'The council met on Monday to weigh the plan.', ...paragraphs, 'The board meets again in June.']);
const propose = (older: string, newer: string) => proposeNote(story(older), story(newer), { date: DATE });
const clean = (text: string) => expect(checkNoteGrammar(text)).toEqual([]);
const lead = (sentence: string, place: string) => sentence.slice(0, sentence.indexOf(` ${place}`) - 3);

describe('a place is told by the clause it sits in', () => {
  it('a long stretch before the place is cut to the nearest verb and its subject, a pronoun named', () => {
    const note = propose(
      'The pilot smiled in this photo taken shortly after he landed with two engineers in Norway.',
      'The pilot smiled in this photo taken shortly after he landed with two engineers in Sweden.',
    );
    expect(note.text).toContain('misstated where the pilot landed. It was in Sweden, not Norway.');
    clean(note.text);
  });

  it('a named person, a particle kept with its verb ("touched down")', () => {
    const note = propose(
      'Mira Okoye waved from the tarmac in this April 2, 2025, picture shot moments after she touched down alongside crewmates Tal Ren and Ivo Marsh in Finland.',
      'Mira Okoye waved from the tarmac in this April 2, 2025, picture shot moments after she touched down alongside crewmates Tal Ren and Ivo Marsh in Estonia.',
    );
    expect(note.text).toContain('misstated where Mira Okoye touched down. It was in Estonia, not Finland.');
    clean(note.text);
  });

  it('reads the clause of the last verb, with a short object it takes, in several shapes', () => {
    const told = (sentence: string, place: string) =>
      clauseOfPlace(sentence, sentence.slice(0, sentence.indexOf(` ${place}`)).replace(/\s+\p{Ll}+$/u, ''), '')?.clause;
    expect(told('Shortly before noon, the ferry operator quietly reopened the terminal in Dunmore.', 'Dunmore')).toBe(
      'the ferry operator quietly reopened the terminal',
    );
    expect(told('Volunteers said the missing hikers had been sheltering for two nights in a cave near Orrin.', 'Orrin')).toBe(
      'the missing hikers had been sheltering',
    );
    expect(told('The colour guard, which practised all summer, marched past the stands in Kelby.', 'Kelby')).toBe(
      'the colour guard marched',
    );
  });

  it('a relative clause, an opening participle, a verb chain and an "it" named from the sentence', () => {
    const notes = [
      propose(
        'Police say the driver, a 34-year-old man from out of state, was arrested after a short chase that ended in Dorrin.',
        'Police say the driver, a 34-year-old man from out of state, was arrested after a short chase that ended in Calloway.',
      ),
      propose(
        'Born in Dorrin to a family of fishermen, Vega moved to the capital at 18 and built a shipping empire over four decades.',
        'Born in Calloway to a family of fishermen, Vega moved to the capital at 18 and built a shipping empire over four decades.',
      ),
      propose(
        'The two teams will meet again in the final, which is scheduled to be played at the national stadium in Dorrin next spring.',
        'The two teams will meet again in the final, which is scheduled to be played at the national stadium in Calloway next spring.',
      ),
      propose(
        'Firefighters battled the blaze for six hours before they contained it near Dorrin on Sunday night.',
        'Firefighters battled the blaze for six hours before they contained it near Calloway on Sunday night.',
      ),
    ].map((n) => n.text);
    expect(notes[0]).toContain('misstated where a short chase ended. It was in Calloway, not Dorrin.');
    expect(notes[1]).toContain('misstated where Vega was born. It was in Calloway, not Dorrin.');
    expect(notes[2]).toContain('misstated where the final is scheduled to be played. It is in Calloway, not Dorrin.');
    expect(notes[3]).toContain('misstated where firefighters contained the blaze. It was near Calloway, not Dorrin.');
    notes.forEach(clean);
  });

  it('near misses: a participle after its noun, or a stretch opening on a preposition, has no clause', () => {
    const told = (sentence: string) => clauseOfPlace(sentence, sentence.replace(/\s+in\s+\p{Lu}\p{L}+\.$/u, ''), '');
    // ("this photo taken in …": no finite verb of its own.)
    expect(told('Here is a photo taken in Orrin.')).toBeNull();
    // ("it" names nothing a note can carry.)
    expect(told('It rained for hours in Orrin.')).toBeNull();
    // (An "it" object with no thing named before it: the verb cannot stand alone.)
    expect(told('Crews said they found it in Orrin.')).toBeNull();
  });
});

describe('a "with" clause tells a state of its own noun', () => {
  it('"with others under way in …": the main clause names the others', () => {
    const note = propose(
      'Two new clinics are being built near the town, with others under way in Dorrin.',
      'Two new clinics are being built near the town, with others under way in Calloway.',
    );
    expect(note.text).toContain('misstated where other clinics are under way. It is in Calloway, not Dorrin.');
    clean(note.text);
  });

  it("reads the clause with or without its comma, in the main clause's tense, in several shapes", () => {
    expect(withClauseOfPlace('Two new clinics are being built near the town with others under way')?.clause).toBe(
      'other clinics are under way',
    );
    expect(withClauseOfPlace('Three hikers were rescued from the ridge on Sunday, with two others still missing')?.clause).toBe(
      'two other hikers were missing',
    );
    expect(withClauseOfPlace('The storm toppled trees across the county, with several roads closed')?.clause).toBe(
      'several roads were closed',
    );
    expect(withClauseOfPlace('Four depots have opened this year, with more planned')?.clause).toBe('more depots are planned');
  });

  it('near misses: "with" as company, or "others" standing for no plural noun', () => {
    expect(withClauseOfPlace('The pilot landed with two engineers')).toBeNull();
    expect(withClauseOfPlace('Our neighbourhood is quiet now, with others under way')).toBeNull();
  });
});

describe('a venue named with "the" is what the place locates', () => {
  it('"the fire at the Blue Heron Diner in Marlow, Ohio": the location of the diner', () => {
    const note = propose(
      'The story jumps to the night of the fire at the Blue Heron Diner in Marlow, Ohio, in 1971.',
      'The story jumps to the night of the fire at the Blue Heron Diner in Kestrel, Ohio, in 1971.',
    );
    expect(note.text).toContain('misstated the location of the Blue Heron Diner. It was in Kestrel, Ohio, not Marlow.');
    clean(note.text);
  });

  it('a venue where something is still to come is told in the present', () => {
    const note = propose(
      "The regiment's band, which toured the north last winter, will perform at the Corn Exchange in Dorrin on Saturday.",
      "The regiment's band, which toured the north last winter, will perform at the Corn Exchange in Calloway on Saturday.",
    );
    expect(note.text).toContain('misstated the location of the Corn Exchange. It is in Calloway, not Dorrin.');
  });

  it('reads names with "&", "of" and "and" in several shapes', () => {
    expect(venueBefore('Guests packed the Fox & Hound')).toBe('the Fox & Hound');
    expect(venueBefore('A break-in was reported at the Bank of Tarrow')).toBe('the Bank of Tarrow');
    expect(venueBefore('The Saltmarsh Arts and Crafts Centre')).toBe('the Saltmarsh Arts and Crafts Centre');
    expect(venueBefore('She sang at the Old Mill Playhouse')).toBe('the Old Mill Playhouse');
  });

  it('near misses: a person, or a plural (a land, a family, a team), is no venue', () => {
    expect(venueBefore('The crew met Dana Pell')).toBe('');
    expect(venueBefore('The players faced the Harbor Hawks')).toBe('');
  });
});

describe('a year or a month dates the thing a noun phrase names', () => {
  it('"Research for the Ministry of Fisheries in 2012 showed …": the year of the research', () => {
    const note = propose(
      'Research for the Ministry of Fisheries in 2012 showed anglers preferred to fish at dawn.',
      'Research for the Ministry of Fisheries in 2021 showed anglers preferred to fish at dawn.',
    );
    expect(note.text).toContain('misstated the year of the research for the Ministry of Fisheries. It was 2021, not 2012.');
    clean(note.text);
  });

  it('"A survey for the Department of Roads in 2012 found …": the year of the survey', () => {
    const note = propose(
      'A survey for the Department of Roads in 2012 found that drivers favoured shorter routes.',
      'A survey for the Department of Roads in 2014 found that drivers favoured shorter routes.',
    );
    expect(note.text).toContain('misstated the year of the survey for the Department of Roads. It was 2014, not 2012.');
  });

  it('reads the study and the thing in several shapes', () => {
    expect(studyDated('A poll by Harlow College', ' found most voters backed the levy', '')).toBe('of the poll by Harlow College');
    expect(studyDated('An audit of the port authority', ', released Friday, showed', '')).toBe('');
    expect(studyDated('The census of river otters', ' suggests numbers are rising', '')).toBe('of the census of river otters');
    expect(thingDated('Work on the new bridge', 'Work on the new bridge began.')).toBe('of the work on the new bridge');
    expect(thingDated('a review of the harbour accounts', '')).toBe('of the review of the harbour accounts');
  });

  it('near misses: a clause, or a subject that did something, is no study', () => {
    expect(thingDated('the council voted to close the pier', '')).toBe('');
    expect(studyDated('The council', ' voted to close the pier', '')).toBe('');
    const note = propose('The council in 2012 voted to close the pier.', 'The council in 2021 voted to close the pier.');
    expect(note.text).toContain('misstated the year the council voted to close the pier.');
  });
});

describe('a day set in an opening phrase dates the thing the phrase names', () => {
  it('"In a letter sent to members on Thursday, the union said …": the day of the letter', () => {
    const note = propose(
      'In a letter sent to members on Thursday, the union said it would strike unless talks resume.',
      'In a letter sent to members on Tuesday, the union said it would strike unless talks resume.',
    );
    expect(note.text).toContain('misstated the day of the letter sent to members. It was Tuesday, not Thursday.');
    clean(note.text);
  });

  it('reads the phrase in several shapes', () => {
    expect(openingThingDated('During an interview with the Courier')).toBe('of the interview with the Courier');
    expect(openingThingDated('in a statement')).toBe('of the statement');
    expect(openingThingDated('At its annual meeting')).toBe('of the annual meeting');
    expect(openingThingDated('At a news conference in Harlow')).toBe('of the news conference in Harlow');
  });

  it('near misses: a phrase holding a clause, or no opening preposition, names no thing', () => {
    expect(openingThingDated('In a letter that she sent to members')).toBe('');
    expect(openingThingDated('The union said in a letter')).toBe('');
    expect(openingThingDated('Through a spokeswoman')).toBe('');
  });
});

describe('a date opening a line before a noun dates that noun', () => {
  it('"October vote postponed after …": the month of the vote', () => {
    const note = propose(
      'October vote postponed after council raises concerns over costs',
      'September vote postponed after council raises concerns over costs',
    );
    expect(note.text).toContain('misstated the month of the vote. It was September, not October.');
    clean(note.text);
  });

  it('a weekday and a year before their nouns, and "a" before the date', () => {
    expect(
      propose('Tuesday meeting cancelled as storm nears the coast', 'Wednesday meeting cancelled as storm nears the coast').text,
    ).toContain('misstated the day of the meeting. It was Wednesday, not Tuesday.');
    expect(
      propose('A 2012 survey found that drivers favoured shorter routes.', 'A 2014 survey found that drivers favoured shorter routes.')
        .text,
    ).toContain('misstated the year of the survey. It was 2014, not 2012.');
  });

  it('near misses: a date opening a clause of its own dates the clause, not a noun', () => {
    const note = propose('In 2012, the mill closed its doors.', 'In 2014, the mill closed its doors.');
    expect(note.text).not.toMatch(/the year of the/);
    expect(lead('x in Orrin', 'Orrin')).toBe('x');
  });
});
