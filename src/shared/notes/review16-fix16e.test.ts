/**
 * Review 16, fix16e: a figure inside a compound, beside a scale word or a percent, names what it measures.
 * - A scale word put right ("million" → "billion") is told with the value whole, both ways (scale-words.ts).
 * - A figure hyphened to a span before a noun measures that thing's length, or a person's career or
 *   service, whose the appositive says (span-compounds.ts).
 * - An age before a noun phrase or after an owner is the whole phrase's age (aged-phrases.ts).
 * - A hedge that closed the clause before a count ("took only") is no part of the deed (figure-clauses.ts).
 * - A percent before a noun is that thing's size; "down N percent from" a level is how far the subject
 *   fell from it (percent-phrases.ts).
 * Every example is invented for this file, in several shapes, with near misses that must not fire.
 */
import { describe, expect, it } from 'vitest';
import { noteForEdit } from '../../../tests/support/note-stories';
import { scaleWordChange } from './scale-words';
import { spanCompoundUnit, spanOfCompound } from './span-compounds';
import { ageOfPhrase } from './aged-phrases';
import { hyphenatedAge } from './describe';
import { repeatedDeed } from './figure-clauses';
import { percentOfPhrase } from './percent-phrases';

const frame = {
  head: 'Valley desk roundup',
  before: ['The Orvale council met on Monday to weigh the plan.'],
  after: ['The board meets again in June.'],
  date: '2026-05-20T10:00:00-05:00',
};
const noteOf = (older: string, newer: string) => noteForEdit(frame, older, newer)?.text ?? '';

describe('a scale word put right is told with the value whole (scale-words.ts)', () => {
  it.each([
    ['2.4 million', '2.4 billion', '2.4 billion, not 2.4 million'],
    ['$6 billion', '$6 trillion', '$6 trillion, not $6 billion'],
    ['40 thousand', '40 million', '40 million, not 40 thousand'],
    ['3 hundred', '3 thousand', '3 thousand, not 3 hundred'],
  ])('%s → %s', (before, after, told) => {
    expect(scaleWordChange(before, after)).toBe(told);
  });

  it('near misses: the same scale, or no scale word at all', () => {
    expect(scaleWordChange('2.4 million', '3.4 million')).toBe('');
    expect(scaleWordChange('24', '42')).toBe('');
  });

  it('whole notes keep the scale word both ways', () => {
    expect(noteOf('The app now counts 3.1 million subscribers.', 'The app now counts 3.1 billion subscribers.')).toContain(
      // (Round 21: a bare count is told with its clause, fact-owner.ts.)
      'misstated the number of subscribers the app counts. The correct number is 3.1 billion, not 3.1 million.',
    );
    // (Round 18: a sum paid is told in the past, figure-tense.ts.)
    expect(noteOf('The county paid $4.5 million for the land.', 'The county paid $4.5 billion for the land.')).toContain(
      'It was $4.5 billion, not $4.5 million.',
    );
  });
});

describe('a span compound measures the thing after it (span-compounds.ts)', () => {
  it.each([
    ['The outage came in three waves over a 38-minute period, the utility said.', '38', 'the length of the period', 'minutes'],
    ['The station aired a 30-second ad on Sunday.', '30', 'the length of the ad', 'seconds'],
    ['Ada Roe, a 14-year police veteran, was hurt.', '14', "the length of Ada Roe's police career", 'years'],
    ['Mira Olsen, a 30-year employee of the mill, retired on Friday.', '30', "the length of Mira Olsen's service", 'years'],
    ['The union began a 12-day walkout in May, ending a 3-month standoff.', '3', 'the length of the standoff', 'months'],
    ["The mayor's 6-year tenure ended in March.", '6', "the length of the mayor's tenure", 'years'],
  ])('%s', (sentence, figure, what, unit) => {
    expect(spanOfCompound(sentence, figure)).toBe(what);
    expect(spanCompoundUnit(sentence, figure)).toBe(unit);
  });

  it('near misses: an age, and a span of a thing the count reader tells', () => {
    expect(spanOfCompound('A 34-year-old man was arrested.', '34')).toBe('');
    expect(spanOfCompound('The rebels ended a 28-year insurgency.', '28')).toBe('');
  });

  it('whole notes give the length with its unit', () => {
    expect(noteOf('The drill ran over a 25-minute period.', 'The drill ran over a 52-minute period.')).toContain(
      'misstated the length of the period. It is 52 minutes, not 25 minutes.',
    );
    expect(noteOf('Tomas Vireo, a 14-year fire veteran, led the crew.', 'Tomas Vireo, a 24-year fire veteran, led the crew.')).toContain(
      "misstated the length of Tomas Vireo's fire career. It is 24 years, not 14 years.",
    );
  });
});

describe('an age before a noun phrase is the whole phrase’s (aged-phrases.ts)', () => {
  it.each([
    ["the suspect's ", 'estranged husband, police said.', "the age of the suspect's estranged husband"],
    ['his ', 'former business partner.', 'the age of his former business partner'],
    ['a ', 'night watchman was hurt.', 'the age of the night watchman'],
    ["The driver's ", 'sister was hurt.', "the age of the driver's sister"],
  ])('%s… %s', (before, after, what) => {
    expect(ageOfPhrase(before, after)).toBe(what);
  });

  it('near misses: a lone noun with no owner, and a name after the age', () => {
    expect(ageOfPhrase('A ', 'man was arrested.')).toBe('');
    expect(ageOfPhrase('The ', 'Ana Pell was arrested.')).toBe('');
    expect(hyphenatedAge('A 34-year-old man was arrested.', '34', '')).toBe("the man's age");
  });

  it('a whole note', () => {
    expect(
      noteOf(
        "Deputies said the victim was the suspect's 48-year-old estranged husband.",
        "Deputies said the victim was the suspect's 58-year-old estranged husband.",
      ),
    ).toContain("misstated the age of the suspect's estranged husband. It is 58, not 48.");
  });
});

describe('a hedge closing the clause before a count is no part of the deed (figure-clauses.ts)', () => {
  it.each([
    ['The hiring process took only 34 days.', '34', 'the number of days the hiring process took'],
    ['The crew worked just 12 hours.', '12', 'the number of hours the crew worked'],
    ['The ferry has sailed barely 40 times.', '40', 'the number of times the ferry has sailed'],
    ['The review lasted around 9 months.', '9', 'the number of months the review lasted'],
  ])('%s', (sentence, figure, what) => {
    expect(repeatedDeed(sentence, figure)).toBe(what);
  });

  it('near misses: no deed before the unit, or a pronoun subject', () => {
    expect(repeatedDeed('Only 34 days remain.', '34')).toBe('');
    expect(repeatedDeed('It took only 34 days.', '34')).toBe('');
  });
});

describe('a percent names the thing it sizes or the fall it measures (percent-phrases.ts)', () => {
  it.each([
    ['The bakery charges a 3% surcharge to cover costs.', '3%', 'the size of the surcharge'],
    ['The county adds a 2 percent levy on hotel stays.', '2', 'the size of the levy'],
    ['The firm sold its 20% stake in the mill.', '20%', 'the size of its stake in the mill'],
    [
      'Total regional farm lending fell to $3.2 billion - down 25 percent from the most recent peak of $4.1 billion.',
      '25',
      'how far total regional farm lending fell from the most recent peak',
    ],
    [
      'Overall ticket sales rose to 9,000, up 12 percent from the previous season.',
      '12',
      'how far overall ticket sales rose from the previous season',
    ],
  ])('%s', (sentence, figure, what) => {
    expect(percentOfPhrase(sentence, figure)).toBe(what);
  });

  it('near misses: a share of a group, and the odds of a thing', () => {
    expect(percentOfPhrase('About 5% of voters stayed home.', '5%')).toBe('');
    expect(percentOfPhrase('Forecasters gave a 40 percent chance of rain.', '40')).toBe('');
  });

  it('whole notes', () => {
    expect(noteOf('The bakery charges a 3% surcharge to cover costs.', 'The bakery charges a 5% surcharge to cover costs.')).toContain(
      'misstated the size of the surcharge. It is 5%, not 3%.',
    );
    expect(
      noteOf(
        'Total regional farm lending fell to $3.2 billion - down 25 percent from the most recent peak of $4.1 billion.',
        'Total regional farm lending fell to $3.2 billion - down 35 percent from the most recent peak of $4.1 billion.',
      ),
    ).toContain('misstated how far total regional farm lending fell from the most recent peak. It is 35 percent, not 25 percent.');
  });
});
