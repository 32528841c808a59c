/**
 * After review 11a: misquotes credited to the one who said the words, a noun naming a kind made
 * plural with no note, and a figure whose sign or unit alone changed told as its unit. Every example
 * is invented for this file, each rule with a near miss that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { proposeNote } from './propose';
import { storyOfLines } from '../../../tests/support/note-stories';
import { checkNoteGrammar } from './grammar';
import { attributionOf } from './attribution';
import { continuesQuoteFrom } from './continued-quote';
import { namesAKind } from './kind-nouns';
import { opensReportedClause, participleSpeaker, reportedQuotation } from './reported-speech';
import { personSurnamed } from './title-word-surnames';
import { describeUnitFix, unitAlone } from './unit-sign';
import { fullName, shortName } from './names';

const DATE = '2026-11-06T12:00:00';
const story = (...paragraphs: string[]) =>
  storyOfLines(['Harbor league news', 'The Tarrow Harbor league met on Friday.', ...paragraphs, 'The season opens in May.']);
const propose = (older: string[], newer: string[]) => proposeNote(story(...older), story(...newer), { date: DATE });
const clean = (text: string) => expect(checkNoteGrammar(text)).toEqual([]);

describe('a misquote names the one who said the words', () => {
  it('"X, the chief, said Y could join …": the speaker is X, not the subject of what was said', () => {
    const note = propose(
      ['The league secretary, Ilsa Quorn, said Brackwater could enter "within the next two years", once its ground is fixed.'],
      ['The league secretary, Ilsa Quorn, said Brackwater could enter "within the coming two years", once its ground is fixed.'],
    );
    expect(note.kind).toBe('correction');
    expect(note.text).toContain('misquoted Ilsa Quorn');
    expect(note.text).not.toContain('misquoted Brackwater');
    clean(note.text);
  });

  it('the reported clause opens on a name and a verb; the speaker named after "said" is still the speaker', () => {
    expect(opensReportedClause(' Brackwater could enter the league')).toBe(true);
    expect(opensReportedClause(' the Rovers would play at home')).toBe(true);
    expect(opensReportedClause(' Ilsa Quorn.')).toBe(false);
    expect(opensReportedClause(' Mayor Ilsa Quorn, who spoke Tuesday.')).toBe(false);
    expect(attributionOf('"We will be ready," said Ilsa Quorn.')?.raw).toBe('Ilsa Quorn');
  });

  it('a surname that is also a title word is the person, given in full', () => {
    const note = propose(
      ['The dinner had Paul Bishop Jr. as its guest. Bishop said, "We owe this harbor to all of our fishermen."'],
      ['The dinner had Paul Bishop Jr. as its guest. Bishop said, "We owe this harbor to all of our families."'],
    );
    expect(note.text).toContain('misquoted Paul Bishop Jr. Bishop said "families," not "fishermen."');
    clean(note.text);
  });

  it('near miss: a title before a name is an office, never a surname', () => {
    const text = 'Harbor news\n\nDeputy Mayor Ada Finch opened the dinner. Mayor Colm Reddy spoke next.';
    expect(personSurnamed('Mayor', text)).toBe('');
    expect(personSurnamed('Bishop', 'News\n\nThe guest was Paul Bishop Jr. of Tarrow.')).toBe('Paul Bishop Jr.');
    expect(personSurnamed('Governor', 'News\n\nShe met the Ohio Governor on Tuesday.')).toBe('');
  });

  it('a surname keeps its particles: "Al Nasser", "van der Berg"; a given name "Al" is no particle', () => {
    const text = 'News\n\n"The harbor is ours," Abu Tariq Al Sayyed told the crowd. Ines van der Berg agreed.';
    expect(shortName('Abu Tariq Al Sayyed', text)).toBe('Al Sayyed');
    expect(shortName('Ines van der Berg', text)).toBe('van der Berg');
    expect(fullName('Al Sayyed', text)).toBe('Abu Tariq Al Sayyed');
    expect(shortName('Al Brenner', 'News\n\nAl Brenner spoke.')).toBe('Brenner');
    const note = propose(
      ['"He is the most trusted skipper in the fleet," Abu Tariq Al Sayyed told the crowd.'],
      ['"He is the most feared skipper in the fleet," Abu Tariq Al Sayyed told the crowd.'],
    );
    expect(note.text).toContain('misquoted Abu Tariq Al Sayyed. Al Sayyed said "feared," not "trusted."');
  });

  it("a quotation that runs on into the next paragraph is still its speaker's", () => {
    const note = propose(
      [
        'One of the skippers, Brona Vell, 48, a trawler owner from Keddle, said: "We have fished these waters all our lives.',
        '"I am afraid for my crew, and I will not sell the boat."',
      ],
      [
        'One of the skippers, Brona Vell, 48, a trawler owner from Keddle, said: "We have fished these waters all our lives.',
        '"I am afraid for my sons, and I will not sell the boat."',
      ],
    );
    expect(note.text).toContain('misquoted Brona Vell. Vell said "sons," not "crew."');
    clean(note.text);
  });

  it('near miss: a paragraph before that closed its quotation leaves nothing to continue', () => {
    expect(continuesQuoteFrom('She said: "We fished here.', '"I am afraid."')).toBe(true);
    expect(continuesQuoteFrom('"We fished here," she said.', '"I am afraid."')).toBe(false);
    expect(continuesQuoteFrom('She said: "We fished here.', 'The boat was sold.')).toBe(false);
  });

  it('a partial quotation after "saying" is a misquote of the one the clause is about', () => {
    const note = propose(
      ['In 2021, Orla Penn dropped her complaint against the harbor board, saying she "may have misread the contract" at the time.'],
      ['In 2021, Orla Penn dropped her complaint against the harbor board, saying she "may have misread the lease" at the time.'],
    );
    expect(note.text).toContain('misquoted Orla Penn. Penn said she "may have misread the lease," not "contract."');
    clean(note.text);
  });

  it('the quotation in reported speech is given whole only when the changed words stand in it', () => {
    expect(reportedQuotation('She quit, saying she "never read the memo" at all.', 'read')).toEqual({
      pronoun: 'she',
      quotation: 'never read the memo',
    });
    expect(reportedQuotation('She quit, saying she "never read the memo" at all.', 'letter')).toBeNull();
    expect(reportedQuotation('She quit, saying the memo was "never read" at all.', 'read')).toBeNull();
  });

  it('near miss: a participle that reports no speech names no speaker; a pronoun is never one the clause names', () => {
    expect(participleSpeaker('The storm cut power to 4,000 homes, leaving crews at work all night.')).toBeNull();
    expect(participleSpeaker('In 2021, she dropped her complaint against Penn, saying she "erred".')).toEqual({
      raw: 'she',
      form: 'pronoun',
    });
    const note = propose(
      ['Dara Kell took the chair in 2019.', 'In 2021, she dropped her complaint against Ivo Marsh, saying she "may have erred" then.'],
      ['Dara Kell took the chair in 2019.', 'In 2021, she dropped her complaint against Ivo Marsh, saying she "may have slipped" then.'],
    );
    expect(note.text).not.toContain('misquoted Ivo Marsh');
  });
});

describe('"she" after a line that names a person by surname alone is that person', () => {
  it('"details of Penn\'s complaint … she withdrew it, saying she …": the misquote is Penn\'s', () => {
    const note = propose(
      [
        'Orla Penn filed a complaint against the harbor board in 2019.',
        "Parts of Penn's complaint have shifted since.",
        'In 2021, she dropped it, saying she "may have misread the contract" then.',
      ],
      [
        'Orla Penn filed a complaint against the harbor board in 2019.',
        "Parts of Penn's complaint have shifted since.",
        'In 2021, she dropped it, saying she "may have misread the lease" then.',
      ],
    );
    expect(note.text).toContain('misquoted Orla Penn');
  });

  it('near miss: a line that names someone in full is read before a lone surname in it', () => {
    const note = propose(
      [
        'Orla Penn chaired the board until 2019.',
        'But Dara Kell is wary of the effect Penn may have on the talks.',
        '"She is the most trusted voice on the quay," she said.',
      ],
      [
        'Orla Penn chaired the board until 2019.',
        'But Dara Kell is wary of the effect Penn may have on the talks.',
        '"She is the most feared voice on the quay," she said.',
      ],
    );
    expect(note.text).toContain('misquoted Dara Kell');
  });
});

describe('a noun that names a kind, made plural or singular, is no fact', () => {
  it('"coffee like arabica" → "coffees like arabica" gets no note', () => {
    const note = propose(
      ['When it comes to coffee like arabica, shoppers in Dunmere trust friends, a poll found.'],
      ['When it comes to coffees like arabica, shoppers in Dunmere trust friends, a poll found.'],
    );
    expect(note.kind).toBe('none');
  });

  it('near miss: a noun its article or possessive counts is a fact ("the dog" → "the dogs")', () => {
    const note = propose(
      ['Firefighters found the dog in the cellar on Pike Lane.'],
      ['Firefighters found the dogs in the cellar on Pike Lane.'],
    );
    expect(note.kind).toBe('correction');
  });

  it('the words before the noun say whether it names a kind', () => {
    const noAdjective = () => false;
    const noPerson = () => false;
    expect(namesAKind(['comes', 'to', 'tea', 'like'], 2, noAdjective, noPerson)).toBe(true);
    expect(namesAKind(['for', 'green', 'tea'], 2, (w) => w === 'green', noPerson)).toBe(true);
    expect(namesAKind(['to', 'the', 'tea'], 2, noAdjective, noPerson)).toBe(false);
    expect(namesAKind(['to', 'her', 'son'], 2, noAdjective, noPerson)).toBe(false);
    expect(namesAKind(['to', 'victim'], 1, noAdjective, noPerson)).toBe(false);
    expect(namesAKind(['sell', 'cheese'], 1, noAdjective, noPerson)).toBe(false);
  });
});

describe('a figure whose sign or unit alone changed is told as its unit, never "the number of" a word', () => {
  it('"0.31%" → "0.31": the percentage sign the figure should not have carried', () => {
    const note = propose(
      ['In Tarrow, this rate was 0.31%, one of the lowest on the coast.'],
      ['In Tarrow, this rate was 0.31, one of the lowest on the coast.'],
    );
    expect(note.text).toContain('incorrectly included a percentage sign on the figure 0.31');
    expect(note.text).not.toContain('number of one');
    clean(note.text);
  });

  it('"rose 0.6%" → "rose 0.6 percentage points": what moved, in its right unit', () => {
    const note = propose(
      ['Joblessness in Tarrow rose 0.6% in June, the harbor board said.'],
      ['Joblessness in Tarrow rose 0.6 percentage points in June, the harbor board said.'],
    );
    expect(note.text).toContain('It was 0.6 percentage points, not 0.6%');
    expect(note.text).not.toContain('number of percentage points');
    clean(note.text);
  });

  it('near miss: one unit spelled two ways ("14%" → "14 percent") gets no note', () => {
    expect(propose(['The Tarrow fleet shrank 14% last year.'], ['The Tarrow fleet shrank 14 percent last year.']).kind).toBe('none');
  });

  it('near miss: the digits changed too ("0.6%" → "0.8%") is a figure put right, not a unit', () => {
    expect(unitAlone('0.6%', '0.8%')).toBeNull();
    expect(unitAlone('14%', '14 percent')).toBeNull();
    expect(unitAlone('0.31%', '0.31')).toEqual({ digits: '0.31', droppedSign: '%' });
    expect(unitAlone('2.5%', '2.5 points')).toEqual({ digits: '2.5', droppedSign: '' });
    expect(describeUnitFix({ digits: '2.5', droppedSign: '' }, '2.5 points', '', 'misstated {what}. It is {right}')).toBe(
      'misstated the unit of the figure 2.5. It is 2.5 points',
    );
  });
});
