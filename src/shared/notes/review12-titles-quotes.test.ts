/**
 * Review 12a, groups 4 and 5: a title put right is told whole and spelled out (whole-posts.ts,
 * rank-order.ts), a post reworded with a word gone is a title corrected (reworded-posts.ts), a
 * quotation set up by the line before it is that speaker's (introduced-quotes.ts), and an unnamed
 * speaker is named as the article introduced them (first-references.ts). Every example is
 * invented for this file, each rule with a near miss that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { checkNoteGrammar } from './grammar';
import { wholePost } from './whole-posts';
import { rankFirst } from './rank-order';
import { postReworded } from './reworded-posts';
import { quoteIntroducedBy } from './introduced-quotes';
import { firstReference, secondReference } from './first-references';

const DATE = '2026-05-20T10:00:00-05:00';
const story = (...paragraphs: string[]) => storyOfLines(['Harbor desk roundup', ...paragraphs, 'The board meets again in June.']);
const propose = (older: string[], newer: string[]) => proposeNote(story(...older), story(...newer), { date: DATE });
const clean = (text: string) => expect(checkNoteGrammar(text)).toEqual([]);

describe('a title put right is told whole', () => {
  it('"deputy" → "assistant" in a post with "for …": the whole post, not the word', () => {
    const note = propose(
      ["Crews began clearing the canal Monday, said Tomas Rieck, the county's deputy commissioner for parks and recreation."],
      ["Crews began clearing the canal Monday, said Tomas Rieck, the county's assistant commissioner for parks and recreation."],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain(
      "misstated Tomas Rieck's title. Rieck is the assistant commissioner for parks and recreation, not the deputy commissioner.",
    );
    clean(note.text);
  });

  it('the post runs to its head noun and "of/for …", and no further', () => {
    expect(wholePost('Ines Marr, the port\u2019s assistant director of harbor operations, said', 'assistant')).toBe(
      'assistant director of harbor operations',
    );
    expect(wholePost('Ines Marr, the senior deputy director of the agency, said', 'deputy')).toBe('senior deputy director');
    // Near misses: no post after the word, or a phrase that is no title's ("for three hours").
    expect(wholePost('The assistant drove the van for three hours.', 'assistant')).toBe('assistant');
    expect(wholePost('The town fixed the old bridge for public use.', 'old')).toBe('');
  });

  it('"Police Asst. Chief" is spelled out, the rank first: "assistant police chief"', () => {
    const note = propose(
      ['The search was led by Police Deputy Chief Mara Soltz, according to the department.'],
      ['The search was led by Police Asst. Chief Mara Soltz, according to the department.'],
    );
    expect(note.text).toContain("misstated Mara Soltz's title. Soltz is an assistant police chief, not a deputy police chief.");
    expect(note.text).not.toMatch(/asst/i);
    clean(note.text);
  });

  it('the rank goes first only between a body and its post', () => {
    expect(rankFirst('city acting manager')).toBe('acting city manager');
    // Near misses: already in order, no rank, or no post after it.
    expect(rankFirst('deputy fire chief')).toBe('deputy fire chief');
    expect(rankFirst('fire chief')).toBe('fire chief');
    expect(rankFirst('county deputy sheriff')).toBe('county deputy sheriff');
  });
});

describe('a post reworded with a word gone', () => {
  it('"deputy communications director" → "director of communications": a title corrected', () => {
    const note = propose(
      ['The ferry will not run on Sundays, said Aldo Finch, who is Harwood Transit\u2019s deputy communications director.'],
      ['The ferry will not run on Sundays, said Aldo Finch, who is Harwood Transit\u2019s director of communications.'],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain(
      "misstated Aldo Finch's title. Finch is the director of communications, not the deputy communications director.",
    );
    clean(note.text);
  });

  it('near miss: the same post turned round an "of" is restyling, no note', () => {
    const note = propose(
      ['The ferry will not run on Sundays, said Aldo Finch, who is Harwood Transit\u2019s communications director.'],
      ['The ferry will not run on Sundays, said Aldo Finch, who is Harwood Transit\u2019s director of communications.'],
    );
    expect(note.kind).toBe('none');
    expect(postReworded('Aldo Finch, the financial director, left.', 'Aldo Finch, the director of finance, left.')).toBeNull();
    // A slip in the post is no new post.
    expect(postReworded('Aldo Finch, the deputy director, left.', 'Aldo Finch, the deputy dirctor, left.')).toBeNull();
  });
});

describe('a post reworded before the name, or a rank gone', () => {
  it('"Harwood Transit\u2019s deputy communications director, Aldo Finch," → "director of communications"', () => {
    const note = propose(
      ['Harwood Transit\u2019s deputy communications director, Aldo Finch, said the ferry will not run on Sundays.'],
      ['Harwood Transit\u2019s director of communications, Aldo Finch, said the ferry will not run on Sundays.'],
    );
    expect(note.text).toContain(
      "misstated Aldo Finch's title. Finch is the director of communications, not the deputy communications director.",
    );
    clean(note.text);
  });

  it('"the deputy harbor master" → "the harbor master": the rank went, a title corrected', () => {
    const note = propose(
      ['The ferry will not run on Sundays, said Aldo Finch, the deputy harbor master.'],
      ['The ferry will not run on Sundays, said Aldo Finch, the harbor master.'],
    );
    expect(note.text).toContain("misstated Aldo Finch's title. Finch is the harbor master, not the deputy harbor master.");
    clean(note.text);
  });

  it('near miss: a word that ranks nothing ("the old harbor master") dropped is no title corrected', () => {
    expect(
      postReworded(
        'The ferry will not run, said Aldo Finch, the old harbor master.',
        'The ferry will not run, said Aldo Finch, the harbor master.',
      ),
    ).toBeNull();
  });
});

describe('a rank swapped inside a post', () => {
  it('"a senior policy adviser" → "a junior policy adviser": the post whole', () => {
    const note = propose(
      ['Oren Vasko, a senior policy adviser to the governor, said the bridge would reopen in May.'],
      ['Oren Vasko, a junior policy adviser to the governor, said the bridge would reopen in May.'],
    );
    expect(note.text).toContain("misstated Oren Vasko's title. Vasko is a junior policy adviser, not a senior policy adviser.");
    clean(note.text);
  });

  it('near miss: "the senior class" is no post', () => {
    const note = propose(
      ['Oren Vasko, who teaches the senior class at Dell Ridge, said the bridge would reopen in May.'],
      ['Oren Vasko, who teaches the junior class at Dell Ridge, said the bridge would reopen in May.'],
    );
    expect(note.text).not.toContain('title');
  });
});

describe('a quotation set up by the line before it', () => {
  it('"Coach Petra Lind insisted …" then a quotation alone: misquoted Petra Lind', () => {
    const note = propose(
      ['Coach Petra Lind insisted the move had nothing to do with money. \u201cWe left because the city stopped listening.\u201d'],
      ['Coach Petra Lind insisted the move had nothing to do with money. \u201cWe left because the council stopped listening.\u201d'],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('misquoted Petra Lind.');
    expect(note.text).toContain('said "council," not "city."');
    clean(note.text);
  });

  it('near miss: a line that tells an act sets up no one\u2019s words', () => {
    expect(quoteIntroducedBy('Coach Petra Lind toured the new field on Monday.', '')).toBe('');
    expect(quoteIntroducedBy('Officials claimed a record crowd.', '')).toBe('');
    expect(quoteIntroducedBy('Coach Petra Lind once put it plainly.', '')).toBe('Coach Petra Lind');
    const note = propose(
      ['Coach Petra Lind toured the new field on Monday. \u201cWe left because the city stopped listening.\u201d'],
      ['Coach Petra Lind toured the new field on Monday. \u201cWe left because the council stopped listening.\u201d'],
    );
    expect(note.text).not.toContain('Lind');
  });
});

describe('"As Rhea Sollis put it: …"', () => {
  it('"put it" before a colon sets up the words as "said" does', () => {
    const note = propose(
      ['As Rhea Sollis put it: \u201cWe were never meant to share a flag.\u201d'],
      ['As Rhea Sollis put it: \u201cWe were never meant to share a border.\u201d'],
    );
    expect(note.text).toContain('misquoted Rhea Sollis. Sollis said "border," not "flag."');
    clean(note.text);
  });

  it('a paragraph ending "put it this way:" sets up the quotation under it', () => {
    const note = propose(
      ['Rhea Sollis, who led the island council for a decade, put it this way:', '\u201cWe were never meant to share a flag.\u201d'],
      ['Rhea Sollis, who led the island council for a decade, put it this way:', '\u201cWe were never meant to share a border.\u201d'],
    );
    expect(note.text).toContain('misquoted Rhea Sollis.');
    clean(note.text);
  });

  it('near miss: "put it on the table" sets up no words', () => {
    const note = propose(
      ['Rhea Sollis put it on the table beside a sign reading \u201cNever share a flag.\u201d'],
      ['Rhea Sollis put it on the table beside a sign reading \u201cNever share a border.\u201d'],
    );
    expect(note.text).not.toContain('misquoted Rhea Sollis');
  });
});

describe('an unnamed speaker on second reference', () => {
  it('"the official" after "A senior transit official said": misquoted a senior transit official', () => {
    const note = propose(
      [
        'A senior transit official said that the tunnel had been inspected twice this year.',
        '\u201cIf the pumps hold,\u201d the official said, \u201cthen the line reopens Friday. Nobody wants another week of buses.\u201d',
      ],
      [
        'A senior transit official said that the tunnel had been inspected twice this year.',
        '\u201cIf the pumps hold,\u201d the official said, \u201cthen the line reopens Friday. Nobody wants another week of shuttles.\u201d',
      ],
    );
    expect(note.text).toContain('misquoted a senior transit official. The official said "shuttles," not "buses."');
    clean(note.text);
  });

  it('the last one introduced before the line; none, or two with no line, names no one', () => {
    const text =
      'One port official said the cranes were idle.\n\nLater, a senior port official said the strike was over.\n\n"It is done," the official said.';
    expect(firstReference('the official', text, '"It is done," the official said.')).toBe('a senior port official');
    // Near misses: two introductions and no line to read from; no introduction at all.
    expect(firstReference('the official', text)).toBe('');
    expect(firstReference('the official', 'The official said the cranes were idle.')).toBe('');
    // "an official report" is a paper, and "the company" no person.
    expect(firstReference('the official', 'An official report said the cranes were idle.')).toBe('');
    expect(firstReference('the company', 'A shipping company said the cranes were idle.')).toBe('');
  });

  it('the one named on second reference: "a senior port official" → "the official"', () => {
    expect(secondReference('a senior port official')).toBe('the official');
    expect(secondReference('An official')).toBe('the official');
    // Near misses: a name, or one already definite.
    expect(secondReference('Dana Reyes')).toBe('');
    expect(secondReference('the mayor')).toBe('');
  });
});
