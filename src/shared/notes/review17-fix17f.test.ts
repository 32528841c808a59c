/**
 * Round 17 (fix17f): a corrected figure names what it counts. A count gets the clause that counts
 * it ("the number of people the shelter housed"); a number spelled inside a hyphened modifier ("a
 * three-year-old case") is a figure; a figure said with its article keeps it ("a dozen", "a third");
 * a fraction in words is a share; a sum "in" a plural thing is an amount of it; a hedge ("about")
 * stays with the value; an appositive's figure is its noun's ("the driver, a 20-year veteran"). Invented copy only.
 */
import { describe, expect, it } from 'vitest';
import { noteForEdit } from '../../../tests/support/note-stories';
import { countingClause } from './counting-clause';
import { compoundValue, isSpelledCompoundFigure } from './spelled-compounds';
import { figureWithArticle } from './article-figures';
import { fractionShare } from './fraction-shares';
import { hedgeOf } from './figure-hedges';
import { appositiveOwner } from './appositive-owners';

const frame = {
  head: 'Town weighs storm repairs',
  before: ['The meeting began at the town hall on Monday night.'],
  after: ['Another session is planned for next week.'],
  date: '2026-11-06',
};
const note = (older: string, newer: string) => noteForEdit(frame, older, newer);

describe('the clause that counts a figure', () => {
  it.each([
    ['The Red Cross said its shelter at Dunmore Middle School housed 40 people overnight.', '40', 'the shelter housed'],
    ['Officials said the bridge, which carries about 14,000 vehicles a day, would close.', '14,000', 'the bridge carries'],
    ['The bakery, founded in Halden, employs 58 bakers and 12 drivers, its filing shows.', '58', 'the bakery employs'],
    ['The firm will cut 900 jobs by March, the union said.', '900', 'the firm will cut'],
    ['Reyes said the district had hired 45 teachers since June.', '45', 'the district had hired'],
    ['The board has 12 members.', '12', 'the board has'],
  ])('%s', (sentence, figure, clause) => {
    expect(countingClause(sentence, figure)).toBe(clause);
  });
  it('near misses: a figure no verb takes, or one a verb of saying opens', () => {
    expect(countingClause('Police said 14 people were hurt.', '14')).toBe('');
    expect(countingClause('They hired 30 workers.', '30')).toBe('');
    expect(countingClause('Turnout was low, at about 41%.', '41%')).toBe('');
  });
});

describe('a count is told with the clause that counts it', () => {
  it.each([
    [
      'The Red Cross said its shelter at Dunmore Middle School housed 14 people overnight after the fire on Vale Street.',
      'The Red Cross said its shelter at Dunmore Middle School housed 40 people overnight after the fire on Vale Street.',
      'misstated the number of people the shelter housed. The correct number is 40, not 14.',
    ],
    [
      'The bakery, founded in Halden, employs 85 bakers, 20 drivers and 12 cashiers, according to its filing.',
      'The bakery, founded in Halden, employs 58 bakers, 20 drivers and 12 cashiers, according to its filing.',
      'misstated the number of bakers the bakery employs. The correct number is 58, not 85.',
    ],
    [
      'Officials said the ferry, which carries about 4,000 passengers a day, would stop for repairs next month.',
      'Officials said the ferry, which carries about 1,400 passengers a day, would stop for repairs next month.',
      'misstated the number of passengers the ferry carries. The correct number is about 1,400, not 4,000.',
    ],
  ])('%s', (older, newer, told) => {
    const proposed = note(older, newer);
    expect(proposed?.kind).toBe('correction');
    expect(proposed?.text).toContain(told);
  });
});

describe('a number spelled inside a hyphened modifier is a figure', () => {
  it.each(['three-year-old', 'five-day', 'twenty-five-year-old', 'two-hour', 'seven-mile'])('%s', (token) => {
    expect(isSpelledCompoundFigure(token)).toBe(true);
  });
  it('near misses: words that open on a number but count nothing', () => {
    for (const token of ['one-sided', 'first-class', 'second-hand', 'third-party', 'one-time', 'two-faced'])
      expect(isSpelledCompoundFigure(token)).toBe(false);
  });
  it('says the value out', () => {
    expect(compoundValue('five-year-old')).toBe('five years old');
    expect(compoundValue('one-hour')).toBe('one hour');
    expect(compoundValue('three-day')).toBe('three days');
  });
  it.each([
    [
      'Lawyers said they hoped the judge would finally rule in the three-year-old case before the end of the term.',
      'Lawyers said they hoped the judge would finally rule in the five-year-old case before the end of the term.',
      "misstated the case's age. It is 5 years old, not 3 years old.",
    ],
    [
      'Nurses returned to the wards on Monday after a three-day strike that shut two clinics in the county.',
      'Nurses returned to the wards on Monday after a five-day strike that shut two clinics in the county.',
      'misstated the length of the strike. It is five days, not three days.',
    ],
    [
      'A seventy-year-old man was pulled from the canal near Ashby on Sunday, the fire service said.',
      'A seventy-five-year-old man was pulled from the canal near Ashby on Sunday, the fire service said.',
      "misstated the man's age. It is 75 years old, not 70 years old.",
    ],
  ])('%s', (older, newer, told) => {
    const proposed = note(older, newer);
    expect(proposed?.kind).toBe('correction');
    expect(proposed?.text).toContain(told);
  });
  it('near miss: "one-sided" reworded is no figure put right', () => {
    const proposed = note(
      'Critics called the review one-sided and said it ignored the tenants.',
      'Critics called the review lopsided and said it ignored the tenants.',
    );
    expect(proposed?.text ?? '').not.toMatch(/number|figure/);
  });
});

describe('a figure said with its article keeps it; a fraction is a share', () => {
  it('reads the article', () => {
    expect(figureWithArticle('Crews rescued a dozen horses.', 'dozen')).toBe('a dozen');
    expect(figureWithArticle('A third of the loans went unpaid.', 'third')).toBe('a third');
    expect(figureWithArticle('Crews rescued dozens of horses.', 'dozens')).toBe('');
    expect(figureWithArticle('It came third in the race.', 'third')).toBe('');
  });
  it('reads a fraction as a share', () => {
    expect(fractionShare('Half of the village’s farmers lost crops in the flood.', 'Half')).toBe(
      "the share of the village's farmers who lost crops",
    );
    expect(fractionShare('A third of the loans went unpaid last year.', 'third')).toBe('the share of the loans that went unpaid');
    expect(fractionShare('She finished third in the race.', 'third')).toBe('');
  });
  it.each([
    [
      'Crews rescued a dozen horses from the flooded stables, according to a statement from the county.',
      'Crews rescued three horses from the flooded stables, according to a statement from the county.',
      'not a dozen.',
    ],
    [
      'Half of the village’s farmers lost crops in the flood, the co-op said Friday.',
      'A third of the village’s farmers lost crops in the flood, the co-op said Friday.',
      "misstated the share of the village's farmers who lost crops. It is a third, not half.",
    ],
  ])('%s', (older, newer, told) => {
    expect(note(older, newer)?.text).toContain(told);
  });
});

describe('a sum in a plural thing is the amount of it', () => {
  it('names the amount', () => {
    expect(
      note(
        'The bill includes roughly $300 million in rent subsidies over a decade, according to the budget office.',
        'The bill includes roughly $200 million in rent subsidies over a decade, according to the budget office.',
      )?.text,
    ).toContain('misstated the amount of rent subsidies. It is roughly $200 million, not $300 million.');
  });
});

describe('a hedge on a figure stays with the right value', () => {
  it('reads the hedge', () => {
    expect(hedgeOf('Turnout was low, at about 41%, the clerk said.', '41%')).toBe('about ');
    expect(hedgeOf('The plan includes roughly $200 million in rent subsidies.', '$200')).toBe('roughly ');
    expect(hedgeOf('The ferry carries 1,400 passengers a day.', '1,400')).toBe('');
    expect(hedgeOf('Round 2 about the park took 40 minutes.', '40')).toBe('');
  });
  it('"was low, at about" names the subject of "was"', () => {
    expect(
      note(
        'Turnout was low, at about 28%, the county clerk said after the polls closed.',
        'Turnout was low, at about 38%, the county clerk said after the polls closed.',
      )?.text,
    ).toContain('misstated the turnout. It is about 38%, not 28%.');
  });
});

describe('an appositive’s figure belongs to the noun it describes', () => {
  it('reads the owner', () => {
    expect(appositiveOwner('Police said the victim, a ')).toBe('the victim');
    expect(appositiveOwner('The pilot, an ')).toBe('the pilot');
    expect(appositiveOwner('Officers found a ')).toBe('');
    expect(appositiveOwner('It was the same, a ')).toBe('');
  });
  it.each([
    [
      'The conductor, a 22-year veteran of the rail line, was not hurt, the company said.',
      'The conductor, a 12-year veteran of the rail line, was not hurt, the company said.',
      "misstated the length of the conductor's career. It is 12 years, not 22 years.",
    ],
    [
      'Police said the cyclist, a 45-year-old father of three, was taken to St. Brendan’s.',
      'Police said the cyclist, a 54-year-old father of three, was taken to St. Brendan’s.',
      "misstated the cyclist's age. It is 54, not 45.",
    ],
  ])('%s', (older, newer, told) => {
    expect(note(older, newer)?.text).toContain(told);
  });
});
