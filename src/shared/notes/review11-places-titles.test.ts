/**
 * Review 11a, groups 2 and 3: a place put right is told as a place by the words around it
 * (place-cues.ts), and a lowercase role or a post beside a name is told as that person's
 * (roles-beside-names.ts, held-titles.ts). Every example is invented for this file, each rule
 * with a near miss that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { checkNoteGrammar } from './grammar';
import { placeCue } from './place-cues';
import { roleBesideName } from './roles-beside-names';

const DATE = '2026-05-20T10:00:00-05:00';
const story = (...paragraphs: string[]) => storyOfLines(['Valley desk roundup', ...paragraphs, 'The council meets again in June.']);
const propose = (older: string, newer: string) => proposeNote(story(older), story(newer), { date: DATE });
const clean = (text: string) => expect(checkNoteGrammar(text)).toEqual([]);

describe('a place named by the kind of place it is', () => {
  it('"near the fishing village of …": the village, what happened near it, and the place whole', () => {
    const note = propose(
      'The divers had been mapping the reef for a week near the fishing village of Deir al-Sahel when the storm came.',
      'The divers had been mapping the reef for a week near the fishing village of Tel Umra when the storm came.',
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('misstated the village near which the divers had been mapping the reef');
    expect(note.text).toContain('It is Tel Umra, not Deir al-Sahel.');
    clean(note.text);
  });

  it('"their hometown of Ashby, Kansas": the couple\'s hometown, its state with it', () => {
    const note = propose(
      'Ines and Karl Vorn, both nurses, looked for a clinic in their hometown of Ashby, Kansas.',
      'Ines and Karl Vorn, both nurses, looked for a clinic in their hometown of Linford, Kansas.',
    );
    expect(note.text).toContain('misstated the hometown of Ines and Karl Vorn. It is Linford, Kansas, not Ashby.');
    clean(note.text);
  });

  it('"the lakeside resort town Vessa Point" (no "of") is a town, never a person', () => {
    const note = propose(
      'The 31-year-old fell ill a day after her cousin Rhea Dunn, who collapsed in the lakeside resort town Vessa Point.',
      'The 31-year-old fell ill a day after her cousin Rhea Dunn, who collapsed in the lakeside resort town Orla Sands.',
    );
    expect(note.text).toContain('misstated the town where Rhea Dunn collapsed. It is Orla Sands, not Vessa Point.');
    expect(note.text).not.toMatch(/misidentified|person/);
    clean(note.text);
  });

  it('"in rural St. Anselm, Oregon": a place in that state, the "St." kept', () => {
    const note = propose(
      'On a wet evening in rural St. Anselm, Oregon, I walked with two foresters, Dara Quill and Ben Osk, to the creek.',
      'On a wet evening in rural St. Brioc, Oregon, I walked with two foresters, Dara Quill and Ben Osk, to the creek.',
    );
    expect(note.text).toContain('misstated a place in Oregon. It is St. Brioc, not St. Anselm.');
    expect(note.text).not.toMatch(/misidentified/);
    clean(note.text);
  });

  it('"Brightwater Advisors in Tulsa": where the firm is based, not the adviser\'s title', () => {
    const note = propose(
      '"Most people never ask," said Odile Farr, a planner and partner at Brightwater Advisors in Tulsa.',
      '"Most people never ask," said Odile Farr, a planner and partner at Brightwater Advisors in Wichita.',
    );
    expect(note.text).toContain('misstated where Brightwater Advisors is based. It is in Wichita, not Tulsa.');
    expect(note.text).not.toMatch(/title/);
    clean(note.text);
  });

  it('"Maren Holt, 44, from Crossley, Dunmoor": the person\'s hometown with its county', () => {
    const note = propose(
      'Another marcher, retired welder Maren Holt, 44, from Crossley, Dunmoor, said: "We came for the river."',
      'Another marcher, retired welder Maren Holt, 44, from Pellbrook, Dunmoor, said: "We came for the river."',
    );
    expect(note.text).toContain("misstated Maren Holt's hometown. It is Pellbrook, Dunmoor, not Crossley.");
    clean(note.text);
  });

  it('"in Larch Square" inside a quoted inscription is still a place put right, in its tense', () => {
    const note = propose(
      'May 2, 1958: "Founders Day. Crowds filled the hall, and 3,000 more waited outside in Larch Square." Plaque hung 1959.',
      'May 2, 1958: "Founders Day. Crowds filled the hall, and 3,000 more waited outside in Maple Square." Plaque hung 1959.',
    );
    expect(note.text).toContain('misstated where 3,000 more waited outside. It was in Maple Square, not Larch Square.');
    clean(note.text);
  });

  it('"his home in Crane Hollow": the location of the home of the person the sentence names', () => {
    const note = propose(
      'The case drew notice when Ostrander was arrested at his home in Crane Hollow in Vermont.',
      'The case drew notice when Ostrander was arrested at his home in Fenwick Ridge in Vermont.',
    );
    expect(note.text).toContain("misstated the location of Ostrander's home. It is in Fenwick Ridge, not Crane Hollow.");
    clean(note.text);
  });

  it('"a blaze that gutted the mill in the river city of …": the relative clause told with its noun', () => {
    const note = propose(
      'The toll from a blaze that gutted the old mill in the river city of Dorran rose to 12 on Sunday.',
      'The toll from a blaze that gutted the old mill in the river city of Calder rose to 12 on Sunday.',
    );
    expect(note.text).toContain('misstated the city where a blaze gutted the old mill. It is Calder, not Dorran.');
    clean(note.text);
  });

  it('"Hale County, the home of the Brisco metro area": the metro area in that county', () => {
    const note = propose(
      'She pointed to Hale County, the home of the Brisco metro area, as the place to watch.',
      'She pointed to Hale County, the home of the Tamsin metro area, as the place to watch.',
    );
    expect(note.text).toContain('misstated the metro area in Hale County. It is Tamsin, not Brisco.');
  });

  it('near miss: a person after a post ("the town clerk Ada Brenn") is no place', () => {
    expect(placeCue('The town clerk Mona Trell said the count was done.', 'Mona')).toBeNull();
    const note = propose('The town clerk Ada Brenn said the count was done.', 'The town clerk Mona Trell said the count was done.');
    expect(note.text).not.toMatch(/place|where|town where|hometown/);
  });

  it('near miss: a name followed by a speaker ("in Tulsa, Omar Pell said") takes no region', () => {
    expect(placeCue('The plant closed in Tulsa, Omar Pell said.', 'Tulsa')).toBeNull();
  });
});

describe("a role beside a name put right is the person's, named", () => {
  it('"former Ashcombe goalkeeper Tomas Reyl" → "defender": the person, wrong role and right one', () => {
    const note = propose(
      'A match was played to honor former Ashcombe goalkeeper Tomas Reyl, who retired the spring before.',
      'A match was played to honor former Ashcombe defender Tomas Reyl, who retired the spring before.',
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('misidentified Tomas Reyl as a goalkeeper. Reyl was a defender.');
    clean(note.text);
  });

  it('"structural engineer Ivo Penn" → "marine engineer": the whole role, head and all', () => {
    const note = propose(
      'Another speaker, structural engineer Ivo Penn, 58, said the pier was sound.',
      'Another speaker, marine engineer Ivo Penn, 58, said the pier was sound.',
    );
    expect(note.text).toContain('misidentified Ivo Penn as a structural engineer. Penn is a marine engineer.');
  });

  it('"Petra Lusk, an engineer at …" → "a chemist": the appositive, its article changing too', () => {
    const note = propose(
      'Such rigs fail often, said Petra Lusk, an engineer at Harwell Polytechnic.',
      'Such rigs fail often, said Petra Lusk, a chemist at Harwell Polytechnic.',
    );
    expect(note.text).toContain('misidentified Petra Lusk as an engineer. Lusk is a chemist.');
    clean(note.text);
  });

  it('near miss: a word for the same role ("lawyer" → "attorney") is restyling, no note', () => {
    const note = propose(
      'Such rigs fail often, said Petra Lusk, a lawyer in Harwell.',
      'Such rigs fail often, said Petra Lusk, an attorney in Harwell.',
    );
    expect(note.kind).toBe('none');
    expect(
      roleBesideName('said Petra Lusk, a lawyer in Harwell.', 'said Petra Lusk, an attorney in Harwell.', 'a lawyer', 'an attorney'),
    ).toBeNull();
  });

  it('near miss: a word before a name that is no role ("told reporters Ada Brenn") is not one', () => {
    expect(
      roleBesideName('She told reporters Ada Brenn had left.', 'She told neighbors Ada Brenn had left.', 'reporters', 'neighbors'),
    ).toBeNull();
  });
});

describe('a title keeps what was put right, and stops at the title', () => {
  it('"Brigadier General Otto Rane" → "Major General": the rank keeps its word, wrong and right', () => {
    const note = propose(
      "On Monday, the army's chief of staff, Brigadier General Otto Rane, said the drill would go ahead.",
      "On Monday, the army's chief of staff, Major General Otto Rane, said the drill would go ahead.",
    );
    // (Round 22: the structure's telling, both ranks with their articles, held-posts.ts.)
    expect(note.text).toContain("misstated Otto Rane's title. Rane is a major general, not a brigadier general.");
    clean(note.text);
  });

  it('near miss: a body\'s name before the title is no rank ("Harwell Chief Executive" → "Dunmore …")', () => {
    const note = propose('Harwell Chief Executive Lina Ostrow said sales rose.', 'Dunmore Chief Executive Lina Ostrow said sales rose.');
    expect(note.text).not.toMatch(/\bdunmore\b|, not harwell/);
  });

  it("a post before the name between commas, after a capitalized opening word, is the person's", () => {
    const note = propose(
      'Coastal patrols found the raft near the jetty, the provincial minister of Varn, Ilse Moor, told reporters.',
      'Coastal patrols found the raft near the jetty, the federal envoy in Varn, Ilse Moor, told reporters.',
    );
    expect(note.text).toContain("misstated Ilse Moor's title. Moor is the federal envoy in Varn, not the provincial minister.");
    expect(note.text).not.toMatch(/Coastal/);
    clean(note.text);
  });

  it('the title held after the name stops before "and a co-author of …"', () => {
    const note = propose(
      'It cuts both ways, said Lev Arkin, chair of the Pell Institute and a co-author of the report.',
      'It cuts both ways, said Lev Arkin, senior fellow at the Pell Institute and a co-author of the report.',
    );
    expect(note.text).toContain("misstated Lev Arkin's title. Arkin is a senior fellow at the Pell Institute, not its chair.");
    expect(note.text).not.toMatch(/co-author/);
  });

  it('a one-word post put right stops before "and a co-author of …" too', () => {
    const note = propose(
      'It cuts both ways, said Lev Arkin, director of the Pell Institute and a co-author of the report.',
      'It cuts both ways, said Lev Arkin, president of the Pell Institute and a co-author of the report.',
    );
    // (The post keeps the body it is at, and the wrong post after it: posts-of-bodies.ts.)
    expect(note.text).toContain("misstated Lev Arkin's title. Arkin is the president of the Pell Institute, not its director");
    expect(note.text).not.toMatch(/co-author/);
  });
});
